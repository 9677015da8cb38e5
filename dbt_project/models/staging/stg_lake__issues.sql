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
        issue_id,
        issue_date,
        paper,
        edition,
        metadata_source,
        source_file,
        encoding,
        has_bom,
        line_endings,
        byte_size,
        char_count,
        warnings,
        ingested_at
    from {{ lake_source('issues', 'bronze/issues') }}

),

renamed as (

    select
        cast(issue_id as varchar) as issue_id,
        cast(issue_date as date) as issue_date,
        cast(paper as varchar) as paper,
        cast(edition as varchar) as edition,
        cast(metadata_source as varchar) as metadata_source,
        cast(source_file as varchar) as source_file,
        cast(encoding as varchar) as encoding,
        cast(has_bom as boolean) as has_bom,
        cast(line_endings as varchar) as line_endings,
        cast(byte_size as bigint) as byte_size,
        cast(char_count as bigint) as char_count,
        cast(coalesce(warnings, []) as varchar[]) as warnings,
        cast(ingested_at as timestamptz) as ingested_at
    from source

),

final as (

    select * from renamed

)

select * from final
