-- The receipt e-mail carries the case's receipt secret (who holds it may rate or reopen the case). Like the
-- recipient, it is needed only until the message is sent or given up: the text to erase is kept beside the body
-- and the body loses it then (docs/security.md, "Citizens' contacts").
alter table notification.message add column erase_once_sent text;
-- Messages already sent or given up: their secret line is blanked by its wording (Vietnamese and English).
update notification.message
   set body = regexp_replace(body, '(Mã bí mật của hồ sơ|Secret code of the case): [^ .]+', '\1: •••••-•••••', 'g')
 where status in ('SENT', 'FAILED')
   and body ~ '(Mã bí mật của hồ sơ|Secret code of the case): ';
