// Imported first by scripts that load the Payload config without touching a database (code
// generation): the config insists on a DATABASE_URL, which these scripts never connect to.
process.env.DATABASE_URL ??= 'postgres://offline@127.0.0.1:1/nicht-verbunden'
process.env.DISABLE_PAYLOAD_HMR = 'true'
