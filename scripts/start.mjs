// The main job: check the bundled seed documents and print the reports.
// Exit 0 when the check ran (whatever it found), 2 when it could not run.
import { main } from '../packages/cli/dist/main.js';

const code = await main(['check', 'seeds']);
console.log(
  code === 2
    ? 'hezhang: some inputs could not be read (see above).'
    : `hezhang: checked the seeds — ${code === 1 ? 'errors were found in them (listed above)' : 'no errors found'}.`,
);
process.exitCode = code === 2 ? 2 : 0;
