// Who may do what, one row per cell: route × role × whose unit × token state → the expected answer.
// unit: "own" = the thing belongs to, is circulated to, or is assigned to the caller's unit (for
// document.put, circulation.create and task.create: a document the caller's unit issued; for
// aliases: the caller's unit); "foreign" = another unit's; "-" = the route has no unit.
// expect: a push mutation's result (applied / rejected), whether a pull shows the change
// (visible / hidden), or the HTTP status. authorization.test.ts checks every row, and that no cell
// is missing.
export const AUTHORIZATION_TABLE = `
route                         role        unit     token    expect
document.put                  clerk       own      valid    applied
document.put                  clerk       own      revoked  401
document.put                  clerk       own      garbage  401
document.put                  clerk       foreign  valid    rejected
document.put                  clerk       foreign  revoked  401
document.put                  clerk       foreign  garbage  401
document.put                  recipient   own      valid    rejected
document.put                  recipient   own      revoked  401
document.put                  recipient   own      garbage  401
document.put                  recipient   foreign  valid    rejected
document.put                  recipient   foreign  revoked  401
document.put                  recipient   foreign  garbage  401
document.put                  supervisor  own      valid    rejected
document.put                  supervisor  own      revoked  401
document.put                  supervisor  own      garbage  401
document.put                  supervisor  foreign  valid    rejected
document.put                  supervisor  foreign  revoked  401
document.put                  supervisor  foreign  garbage  401
document.put                  admin       own      valid    applied
document.put                  admin       own      revoked  401
document.put                  admin       own      garbage  401
document.put                  admin       foreign  valid    applied
document.put                  admin       foreign  revoked  401
document.put                  admin       foreign  garbage  401
document.put                  anonymous   own      none     401
document.put                  anonymous   foreign  none     401

circulation.create            clerk       own      valid    applied
circulation.create            clerk       own      revoked  401
circulation.create            clerk       own      garbage  401
circulation.create            clerk       foreign  valid    rejected
circulation.create            clerk       foreign  revoked  401
circulation.create            clerk       foreign  garbage  401
circulation.create            recipient   own      valid    rejected
circulation.create            recipient   own      revoked  401
circulation.create            recipient   own      garbage  401
circulation.create            recipient   foreign  valid    rejected
circulation.create            recipient   foreign  revoked  401
circulation.create            recipient   foreign  garbage  401
circulation.create            supervisor  own      valid    rejected
circulation.create            supervisor  own      revoked  401
circulation.create            supervisor  own      garbage  401
circulation.create            supervisor  foreign  valid    rejected
circulation.create            supervisor  foreign  revoked  401
circulation.create            supervisor  foreign  garbage  401
circulation.create            admin       own      valid    applied
circulation.create            admin       own      revoked  401
circulation.create            admin       own      garbage  401
circulation.create            admin       foreign  valid    applied
circulation.create            admin       foreign  revoked  401
circulation.create            admin       foreign  garbage  401
circulation.create            anonymous   own      none     401
circulation.create            anonymous   foreign  none     401

task.create                   clerk       own      valid    applied
task.create                   clerk       own      revoked  401
task.create                   clerk       own      garbage  401
task.create                   clerk       foreign  valid    rejected
task.create                   clerk       foreign  revoked  401
task.create                   clerk       foreign  garbage  401
task.create                   recipient   own      valid    rejected
task.create                   recipient   own      revoked  401
task.create                   recipient   own      garbage  401
task.create                   recipient   foreign  valid    rejected
task.create                   recipient   foreign  revoked  401
task.create                   recipient   foreign  garbage  401
task.create                   supervisor  own      valid    applied
task.create                   supervisor  own      revoked  401
task.create                   supervisor  own      garbage  401
task.create                   supervisor  foreign  valid    applied
task.create                   supervisor  foreign  revoked  401
task.create                   supervisor  foreign  garbage  401
task.create                   admin       own      valid    applied
task.create                   admin       own      revoked  401
task.create                   admin       own      garbage  401
task.create                   admin       foreign  valid    applied
task.create                   admin       foreign  revoked  401
task.create                   admin       foreign  garbage  401
task.create                   anonymous   own      none     401
task.create                   anonymous   foreign  none     401

ack.create                    clerk       own      valid    applied
ack.create                    clerk       own      revoked  401
ack.create                    clerk       own      garbage  401
ack.create                    clerk       foreign  valid    rejected
ack.create                    clerk       foreign  revoked  401
ack.create                    clerk       foreign  garbage  401
ack.create                    recipient   own      valid    applied
ack.create                    recipient   own      revoked  401
ack.create                    recipient   own      garbage  401
ack.create                    recipient   foreign  valid    rejected
ack.create                    recipient   foreign  revoked  401
ack.create                    recipient   foreign  garbage  401
ack.create                    supervisor  own      valid    applied
ack.create                    supervisor  own      revoked  401
ack.create                    supervisor  own      garbage  401
ack.create                    supervisor  foreign  valid    rejected
ack.create                    supervisor  foreign  revoked  401
ack.create                    supervisor  foreign  garbage  401
ack.create                    admin       own      valid    applied
ack.create                    admin       own      revoked  401
ack.create                    admin       own      garbage  401
ack.create                    admin       foreign  valid    rejected
ack.create                    admin       foreign  revoked  401
ack.create                    admin       foreign  garbage  401
ack.create                    anonymous   own      none     401
ack.create                    anonymous   foreign  none     401

read.create                   clerk       own      valid    applied
read.create                   clerk       own      revoked  401
read.create                   clerk       own      garbage  401
read.create                   clerk       foreign  valid    rejected
read.create                   clerk       foreign  revoked  401
read.create                   clerk       foreign  garbage  401
read.create                   recipient   own      valid    applied
read.create                   recipient   own      revoked  401
read.create                   recipient   own      garbage  401
read.create                   recipient   foreign  valid    rejected
read.create                   recipient   foreign  revoked  401
read.create                   recipient   foreign  garbage  401
read.create                   supervisor  own      valid    applied
read.create                   supervisor  own      revoked  401
read.create                   supervisor  own      garbage  401
read.create                   supervisor  foreign  valid    rejected
read.create                   supervisor  foreign  revoked  401
read.create                   supervisor  foreign  garbage  401
read.create                   admin       own      valid    applied
read.create                   admin       own      revoked  401
read.create                   admin       own      garbage  401
read.create                   admin       foreign  valid    rejected
read.create                   admin       foreign  revoked  401
read.create                   admin       foreign  garbage  401
read.create                   anonymous   own      none     401
read.create                   anonymous   foreign  none     401

task.update:progress          clerk       own      valid    applied
task.update:progress          clerk       own      revoked  401
task.update:progress          clerk       own      garbage  401
task.update:progress          clerk       foreign  valid    rejected
task.update:progress          clerk       foreign  revoked  401
task.update:progress          clerk       foreign  garbage  401
task.update:progress          recipient   own      valid    applied
task.update:progress          recipient   own      revoked  401
task.update:progress          recipient   own      garbage  401
task.update:progress          recipient   foreign  valid    rejected
task.update:progress          recipient   foreign  revoked  401
task.update:progress          recipient   foreign  garbage  401
task.update:progress          supervisor  own      valid    applied
task.update:progress          supervisor  own      revoked  401
task.update:progress          supervisor  own      garbage  401
task.update:progress          supervisor  foreign  valid    rejected
task.update:progress          supervisor  foreign  revoked  401
task.update:progress          supervisor  foreign  garbage  401
task.update:progress          admin       own      valid    applied
task.update:progress          admin       own      revoked  401
task.update:progress          admin       own      garbage  401
task.update:progress          admin       foreign  valid    applied
task.update:progress          admin       foreign  revoked  401
task.update:progress          admin       foreign  garbage  401
task.update:progress          anonymous   own      none     401
task.update:progress          anonymous   foreign  none     401

task.update:close             clerk       own      valid    rejected
task.update:close             clerk       own      revoked  401
task.update:close             clerk       own      garbage  401
task.update:close             clerk       foreign  valid    rejected
task.update:close             clerk       foreign  revoked  401
task.update:close             clerk       foreign  garbage  401
task.update:close             recipient   own      valid    rejected
task.update:close             recipient   own      revoked  401
task.update:close             recipient   own      garbage  401
task.update:close             recipient   foreign  valid    rejected
task.update:close             recipient   foreign  revoked  401
task.update:close             recipient   foreign  garbage  401
task.update:close             supervisor  own      valid    applied
task.update:close             supervisor  own      revoked  401
task.update:close             supervisor  own      garbage  401
task.update:close             supervisor  foreign  valid    applied
task.update:close             supervisor  foreign  revoked  401
task.update:close             supervisor  foreign  garbage  401
task.update:close             admin       own      valid    applied
task.update:close             admin       own      revoked  401
task.update:close             admin       own      garbage  401
task.update:close             admin       foreign  valid    applied
task.update:close             admin       foreign  revoked  401
task.update:close             admin       foreign  garbage  401
task.update:close             anonymous   own      none     401
task.update:close             anonymous   foreign  none     401

reminder.create               clerk       own      valid    rejected
reminder.create               clerk       own      revoked  401
reminder.create               clerk       own      garbage  401
reminder.create               clerk       foreign  valid    rejected
reminder.create               clerk       foreign  revoked  401
reminder.create               clerk       foreign  garbage  401
reminder.create               recipient   own      valid    rejected
reminder.create               recipient   own      revoked  401
reminder.create               recipient   own      garbage  401
reminder.create               recipient   foreign  valid    rejected
reminder.create               recipient   foreign  revoked  401
reminder.create               recipient   foreign  garbage  401
reminder.create               supervisor  own      valid    applied
reminder.create               supervisor  own      revoked  401
reminder.create               supervisor  own      garbage  401
reminder.create               supervisor  foreign  valid    applied
reminder.create               supervisor  foreign  revoked  401
reminder.create               supervisor  foreign  garbage  401
reminder.create               admin       own      valid    applied
reminder.create               admin       own      revoked  401
reminder.create               admin       own      garbage  401
reminder.create               admin       foreign  valid    applied
reminder.create               admin       foreign  revoked  401
reminder.create               admin       foreign  garbage  401
reminder.create               anonymous   own      none     401
reminder.create               anonymous   foreign  none     401

GET /sync/pull                clerk       own      valid    visible
GET /sync/pull                clerk       own      revoked  401
GET /sync/pull                clerk       own      garbage  401
GET /sync/pull                clerk       foreign  valid    hidden
GET /sync/pull                clerk       foreign  revoked  401
GET /sync/pull                clerk       foreign  garbage  401
GET /sync/pull                recipient   own      valid    visible
GET /sync/pull                recipient   own      revoked  401
GET /sync/pull                recipient   own      garbage  401
GET /sync/pull                recipient   foreign  valid    hidden
GET /sync/pull                recipient   foreign  revoked  401
GET /sync/pull                recipient   foreign  garbage  401
GET /sync/pull                supervisor  own      valid    visible
GET /sync/pull                supervisor  own      revoked  401
GET /sync/pull                supervisor  own      garbage  401
GET /sync/pull                supervisor  foreign  valid    visible
GET /sync/pull                supervisor  foreign  revoked  401
GET /sync/pull                supervisor  foreign  garbage  401
GET /sync/pull                admin       own      valid    visible
GET /sync/pull                admin       own      revoked  401
GET /sync/pull                admin       own      garbage  401
GET /sync/pull                admin       foreign  valid    visible
GET /sync/pull                admin       foreign  revoked  401
GET /sync/pull                admin       foreign  garbage  401
GET /sync/pull                anonymous   own      none     401
GET /sync/pull                anonymous   foreign  none     401

POST /api/units/{id}/aliases  clerk       own      valid    201
POST /api/units/{id}/aliases  clerk       own      revoked  401
POST /api/units/{id}/aliases  clerk       own      garbage  401
POST /api/units/{id}/aliases  clerk       foreign  valid    201
POST /api/units/{id}/aliases  clerk       foreign  revoked  401
POST /api/units/{id}/aliases  clerk       foreign  garbage  401
POST /api/units/{id}/aliases  recipient   own      valid    403
POST /api/units/{id}/aliases  recipient   own      revoked  401
POST /api/units/{id}/aliases  recipient   own      garbage  401
POST /api/units/{id}/aliases  recipient   foreign  valid    403
POST /api/units/{id}/aliases  recipient   foreign  revoked  401
POST /api/units/{id}/aliases  recipient   foreign  garbage  401
POST /api/units/{id}/aliases  supervisor  own      valid    403
POST /api/units/{id}/aliases  supervisor  own      revoked  401
POST /api/units/{id}/aliases  supervisor  own      garbage  401
POST /api/units/{id}/aliases  supervisor  foreign  valid    403
POST /api/units/{id}/aliases  supervisor  foreign  revoked  401
POST /api/units/{id}/aliases  supervisor  foreign  garbage  401
POST /api/units/{id}/aliases  admin       own      valid    201
POST /api/units/{id}/aliases  admin       own      revoked  401
POST /api/units/{id}/aliases  admin       own      garbage  401
POST /api/units/{id}/aliases  admin       foreign  valid    201
POST /api/units/{id}/aliases  admin       foreign  revoked  401
POST /api/units/{id}/aliases  admin       foreign  garbage  401
POST /api/units/{id}/aliases  anonymous   own      none     401
POST /api/units/{id}/aliases  anonymous   foreign  none     401

GET /api/audit                clerk       -        valid    403
GET /api/audit                clerk       -        revoked  401
GET /api/audit                clerk       -        garbage  401
GET /api/audit                recipient   -        valid    403
GET /api/audit                recipient   -        revoked  401
GET /api/audit                recipient   -        garbage  401
GET /api/audit                supervisor  -        valid    200
GET /api/audit                supervisor  -        revoked  401
GET /api/audit                supervisor  -        garbage  401
GET /api/audit                admin       -        valid    200
GET /api/audit                admin       -        revoked  401
GET /api/audit                admin       -        garbage  401
GET /api/audit                anonymous   -        none     401

GET /api/units                clerk       -        valid    200
GET /api/units                clerk       -        revoked  401
GET /api/units                clerk       -        garbage  401
GET /api/units                recipient   -        valid    200
GET /api/units                recipient   -        revoked  401
GET /api/units                recipient   -        garbage  401
GET /api/units                supervisor  -        valid    200
GET /api/units                supervisor  -        revoked  401
GET /api/units                supervisor  -        garbage  401
GET /api/units                admin       -        valid    200
GET /api/units                admin       -        revoked  401
GET /api/units                admin       -        garbage  401
GET /api/units                anonymous   -        none     401

GET /api/units/resolve        clerk       -        valid    200
GET /api/units/resolve        clerk       -        revoked  401
GET /api/units/resolve        clerk       -        garbage  401
GET /api/units/resolve        recipient   -        valid    200
GET /api/units/resolve        recipient   -        revoked  401
GET /api/units/resolve        recipient   -        garbage  401
GET /api/units/resolve        supervisor  -        valid    200
GET /api/units/resolve        supervisor  -        revoked  401
GET /api/units/resolve        supervisor  -        garbage  401
GET /api/units/resolve        admin       -        valid    200
GET /api/units/resolve        admin       -        revoked  401
GET /api/units/resolve        admin       -        garbage  401
GET /api/units/resolve        anonymous   -        none     401
`;
