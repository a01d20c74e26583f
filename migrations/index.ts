import * as migration_20261125_035445_initial from './20261125_035445_initial';
import * as migration_20261125_043849_media_storage_fields from './20261125_043849_media_storage_fields';
import * as migration_20261125_045243_content_model from './20261125_045243_content_model';
import * as migration_20261125_064757_forms_and_registrations from './20261125_064757_forms_and_registrations';
import * as migration_20261125_065900_coordinator_workspace from './20261125_065900_coordinator_workspace';
import * as migration_20261125_093048_accessibility_and_feedback from './20261125_093048_accessibility_and_feedback';
import * as migration_20261201_040311_over_capacity_history from './20261201_040311_over_capacity_history';
import * as migration_20261201_073808_notices_reminders_self_service from './20261201_073808_notices_reminders_self_service';
import * as migration_20261201_075118_reminders from './20261201_075118_reminders';
import * as migration_20261201_082411_event_cancellation_job from './20261201_082411_event_cancellation_job';
import * as migration_20261201_112818_notices_fan_out from './20261201_112818_notices_fan_out';
import * as migration_20261204_161123_shared_cache_tags from './20261204_161123_shared_cache_tags';
import * as migration_20261204_162449_start_page_follow_next_event from './20261204_162449_start_page_follow_next_event';
import * as migration_20261204_164829_partners_from_declarations from './20261204_164829_partners_from_declarations';
import * as migration_20261205_075923_figures_organisation_kind from './20261205_075923_figures_organisation_kind';
import * as migration_20261206_080331_outbox_drain from './20261206_080331_outbox_drain';
import * as migration_20261206_154801_outbox_timer from './20261206_154801_outbox_timer';
import * as migration_20261206_221510_seat_decision_function from './20261206_221510_seat_decision_function';

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
    name: '20261125_045243_content_model',
  },
  {
    up: migration_20261125_064757_forms_and_registrations.up,
    down: migration_20261125_064757_forms_and_registrations.down,
    name: '20261125_064757_forms_and_registrations',
  },
  {
    up: migration_20261125_065900_coordinator_workspace.up,
    down: migration_20261125_065900_coordinator_workspace.down,
    name: '20261125_065900_coordinator_workspace',
  },
  {
    up: migration_20261125_093048_accessibility_and_feedback.up,
    down: migration_20261125_093048_accessibility_and_feedback.down,
    name: '20261125_093048_accessibility_and_feedback',
  },
  {
    up: migration_20261201_040311_over_capacity_history.up,
    down: migration_20261201_040311_over_capacity_history.down,
    name: '20261201_040311_over_capacity_history',
  },
  {
    up: migration_20261201_073808_notices_reminders_self_service.up,
    down: migration_20261201_073808_notices_reminders_self_service.down,
    name: '20261201_073808_notices_reminders_self_service',
  },
  {
    up: migration_20261201_075118_reminders.up,
    down: migration_20261201_075118_reminders.down,
    name: '20261201_075118_reminders',
  },
  {
    up: migration_20261201_082411_event_cancellation_job.up,
    down: migration_20261201_082411_event_cancellation_job.down,
    name: '20261201_082411_event_cancellation_job',
  },
  {
    up: migration_20261201_112818_notices_fan_out.up,
    down: migration_20261201_112818_notices_fan_out.down,
    name: '20261201_112818_notices_fan_out',
  },
  {
    up: migration_20261204_161123_shared_cache_tags.up,
    down: migration_20261204_161123_shared_cache_tags.down,
    name: '20261204_161123_shared_cache_tags',
  },
  {
    up: migration_20261204_162449_start_page_follow_next_event.up,
    down: migration_20261204_162449_start_page_follow_next_event.down,
    name: '20261204_162449_start_page_follow_next_event',
  },
  {
    up: migration_20261204_164829_partners_from_declarations.up,
    down: migration_20261204_164829_partners_from_declarations.down,
    name: '20261204_164829_partners_from_declarations',
  },
  {
    up: migration_20261205_075923_figures_organisation_kind.up,
    down: migration_20261205_075923_figures_organisation_kind.down,
    name: '20261205_075923_figures_organisation_kind',
  },
  {
    up: migration_20261206_080331_outbox_drain.up,
    down: migration_20261206_080331_outbox_drain.down,
    name: '20261206_080331_outbox_drain',
  },
  {
    up: migration_20261206_154801_outbox_timer.up,
    down: migration_20261206_154801_outbox_timer.down,
    name: '20261206_154801_outbox_timer',
  },
  {
    up: migration_20261206_221510_seat_decision_function.up,
    down: migration_20261206_221510_seat_decision_function.down,
    name: '20261206_221510_seat_decision_function',
  },
];
