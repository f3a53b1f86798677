import { plainTextBlocks } from './blocks';
import type { ProseDocument } from './document';

// TODO(lsp helper): read Markdown with markdown-it, blank out markup, headings as blocks
export function markdownDocument(text: string): ProseDocument {
  return { text, prose: text, blocks: plainTextBlocks(text) };
}
