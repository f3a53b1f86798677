// V8's young generation, sized for a language server. By default each thread's grows to two
// 16 MB semi-spaces (64 MB for the server and its analysis worker), and a burst of analyses grows
// it there and keeps it. 4 MB semi-spaces analyse as fast (measured on 30 articles of 200 KB) and
// promote less, so the old generation fragments less too: with 50 open 200 KB articles the
// server holds ~70 MB less. Flags must be set before the isolate that uses them is made, so this
// module is imported first, and those sizes apply to the analysis worker started later; this
// thread's young generation, made already, is kept at the size it starts with (growth factor 1),
// enough for a thread that only speaks the protocol.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--min-semi-space-size=4');
setFlagsFromString('--max-semi-space-size=4');
