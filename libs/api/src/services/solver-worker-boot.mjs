// Entry of the automatic scheduler's worker thread (started by solver-runner.ts). The libs are TypeScript sources that
// Next compiles into its own bundle, which a worker thread cannot load; this plain ES module loads tsx's loader for
// this one import only (tsImport, scoped: the host process's module loading is untouched) and runs solver-worker.ts
// from the sources. `tsx/esm/api` resolves from this file's folder, so it works whatever the server's working folder.
import { tsImport } from 'tsx/esm/api';

await tsImport('./solver-worker.ts', import.meta.url);
