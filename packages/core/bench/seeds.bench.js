import { bench, describe } from 'vitest';
import { checkDocument, parseText } from '../src/index.js';
import { SEEDS } from '../test/helpers.js';

// Steady state: JIT-compiled code, as in a batch run or a long-lived page.
const options = { warmupIterations: 100, warmupTime: 500, time: 1500 };
// Targets: parsing a seed < 10 ms; parse + every rule < 20 ms (issues #2, #3).
describe('parse a seed', () => {
  for (const seed of SEEDS) {
    bench(
      seed.file,
      () => {
        parseText(seed.text, { name: seed.file });
      },
      options,
    );
  }
});
describe('check a seed (parse + all rules)', () => {
  for (const seed of SEEDS) {
    bench(
      seed.file,
      () => {
        checkDocument(parseText(seed.text, { name: seed.file }));
      },
      options,
    );
  }
});
//# sourceMappingURL=seeds.bench.js.map
