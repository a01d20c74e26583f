import * as migration_20261125_035445_initial from './20261125_035445_initial';

export const migrations = [
  {
    up: migration_20261125_035445_initial.up,
    down: migration_20261125_035445_initial.down,
    name: '20261125_035445_initial'
  },
];
