import * as migration_20261125_035445_initial from './20261125_035445_initial';
import * as migration_20261125_043849_media_storage_fields from './20261125_043849_media_storage_fields';
import * as migration_20261125_045243_content_model from './20261125_045243_content_model';

export const migrations = [
  {
    up: migration_20261125_035445_initial.up,
    down: migration_20261125_035445_initial.down,
    name: '20261125_035445_initial',
  },
  {
    up: migration_20261125_043849_media_storage_fields.up,
    down: migration_20261125_043849_media_storage_fields.down,
    name: '20261125_043849_media_storage_fields',
  },
  {
    up: migration_20261125_045243_content_model.up,
    down: migration_20261125_045243_content_model.down,
    name: '20261125_045243_content_model'
  },
];
