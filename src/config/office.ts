/** The office's name as it appears in the admin panel's title and on the login screen. */
export const officeName = 'Partnerschaft für Demokratie Ostprignitz-Ruppin'
export const officeShortName = 'Partnerschaft für Demokratie OPR'
