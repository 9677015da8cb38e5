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
        position,
        name,
        role,
        affiliation
    from {{ lake_source('article_reporters', 'silver/article_reporters') }}

),

renamed as (

    select
        cast(article_id as varchar) || '-' || lpad(cast(position as varchar), 2, '0') as article_reporter_id,
        cast(article_id as varchar) as article_id,
        cast(issue_id as varchar) as issue_id,
        cast(issue_date as date) as issue_date,
        cast(position as integer) as byline_position,
        cast(name as varchar) as reporter_name,
        cast(role as varchar) as reporter_role,
        cast(affiliation as varchar) as affiliation
    from source

),

final as (

    select * from renamed

)

select * from final
