import * as migration_20261202_042320_initial from './20261202_042320_initial';
import * as migration_20261202_070524_organisations from './20261202_070524_organisations';
import * as migration_20261202_073454_source_fidelity from './20261202_073454_source_fidelity';
import * as migration_20261202_142325_editors_side from './20261202_142325_editors_side';

export const migrations = [
  {
    up: migration_20261202_042320_initial.up,
    down: migration_20261202_042320_initial.down,
    name: '20261202_042320_initial',
  },
  {
    up: migration_20261202_070524_organisations.up,
    down: migration_20261202_070524_organisations.down,
    name: '20261202_070524_organisations',
  },
  {
    up: migration_20261202_073454_source_fidelity.up,
    down: migration_20261202_073454_source_fidelity.down,
    name: '20261202_073454_source_fidelity',
  },
  {
    up: migration_20261202_142325_editors_side.up,
    down: migration_20261202_142325_editors_side.down,
    name: '20261202_142325_editors_side'
  },
];
