import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Vitest's own order (slowest first), except that the browser tests' fault file comes last: it
 * stops the database and the mail server under the shared app, and no other file should depend
 * on how fully that app has recovered.
 */
export class FaultsLastSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    const isFaults = (file: TestSpecification) => file.moduleId.endsWith('/e2e/faults.test.ts')
    return [...sorted.filter((f) => !isFaults(f)), ...sorted.filter(isFaults)]
  }
}
