{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='run_key',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per ingest run (see macros/incremental.sql): a daily run reads only the lake partitions that changed.
-- depends_on: {{ ref('stg_seeds__places') }}

with

source as (

    select
        run_key,
        source_file,
        issue_id,
        issue_date,
        outcome,
        reason,
        warnings,
        byte_size
    from {{ lake_source('ingest_files', 'bronze/ingest_files') }}

),

renamed as (

    select
        md5(run_key || '|' || source_file) as ingest_file_id,
        cast(run_key as varchar) as run_key,
        cast(source_file as varchar) as source_file,
        cast(issue_id as varchar) as issue_id,
        cast(issue_date as date) as issue_date,
        cast(outcome as varchar) as outcome,
        cast(reason as varchar) as reason,
        cast(coalesce(warnings, []) as varchar[]) as warnings,
        cast(byte_size as bigint) as byte_size
    from source

),

final as (

    select * from renamed

)

select * from final
