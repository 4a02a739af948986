-- Classification help (issue 20): models trained on decided cases, their measured accuracy, and the runs that train them.
create schema if not exists insight;

-- One row per trained model; the newest is the one in use. counts holds the model (gzip of
-- ClassifierNaiveBayes.writeTo for the type, then the field); superseded models keep their figures, not their counts.
create table insight.classifier_model (
    version         bigint generated always as identity primary key,
    trained_at      timestamptz not null,
    trained_by      text        not null,
    training_cases  int         not null,
    held_back_cases int         not null,
    type_right      int         not null,
    field_right     int         not null,
    counts          bytea
);

-- The held-back cases by what they were and what the model suggested, per label kind (TYPE or FIELD).
create table insight.classifier_confusion (
    model_version bigint not null references insight.classifier_model (version),
    kind          text   not null check (kind in ('TYPE', 'FIELD')),
    actual        text   not null,
    suggested     text   not null,
    cases         int    not null,
    primary key (model_version, kind, actual, suggested)
);

-- A retraining asked for by an administrator. At most one runs at a time, across every instance.
create table insight.classifier_run (
    id            bigint generated always as identity primary key,
    started_at    timestamptz not null,
    started_by    text        not null,
    state         text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    finished_at   timestamptz,
    model_version bigint references insight.classifier_model (version),
    failure       text
);
create unique index classifier_run_one_running on insight.classifier_run ((true)) where state = 'RUNNING';
