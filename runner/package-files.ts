// Files of this package that the runner reads at run time besides its compiled code, found from the
// compiled runner (dist/runner/ → the package root). They must ship in the npm package: package.json's
// `files` lists them, and test/pack-install.test.ts checks the packed tarball holds them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PACKAGE_JSON = path.join(PACKAGE_ROOT, 'package.json');
export const SPEC_FILE = path.join(PACKAGE_ROOT, 'SPEC.md');
export const EXPECTATIONS_DIR = path.join(PACKAGE_ROOT, 'expectations');
