-- The hourly limit of an API client counts its recent submissions.
create index submission_client_idx on portal.submission (client, created_at);
