-- The case notifications moved to the module's domain package (one shape for every module). A durable event
-- publication names its listener by class; those not yet completed are moved with it, so a failed overdue-
-- commitment mail is still resubmitted to the listener that now carries that name.
update event_publication
   set listener_id = replace(listener_id, 'vn.danvan.notification.CaseNotifications.',
                             'vn.danvan.notification.domain.CaseNotifications.')
 where completion_date is null
   and listener_id like 'vn.danvan.notification.CaseNotifications.%';
