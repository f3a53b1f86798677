import type { GeoInfo } from './types';

/** Place names to what they are and where. Built from GeoNames data at build time. */
export class Gazetteer {
  // TODO(gazetteer helper): parse the compact data file
  static parse(_data: string): Gazetteer {
    return new Gazetteer();
  }
  static empty(): Gazetteer {
    return new Gazetteer();
  }
  lookup(_name: string): GeoInfo | undefined {
    return undefined;
  }
}
