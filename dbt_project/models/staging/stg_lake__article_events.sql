{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run reads only the lake partitions that changed.
-- depends_on: {{ ref('stg_seeds__places') }}

with

source as (

    select
        article_id,
        issue_id,
        issue_date,
        event_date,
        extractor_version
    from {{ lake_source('article_events', 'silver/article_events') }}

),

renamed as (

    select
        cast(article_id as varchar) as article_id,
        cast(issue_id as varchar) as issue_id,
        cast(issue_date as date) as issue_date,
        cast(event_date as date) as event_date,
        cast(extractor_version as varchar) as extractor_version
    from source

),

final as (

    select * from renamed

)

select * from final
