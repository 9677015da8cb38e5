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
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        position,
        mention_type,
        text,
        start_offset,
        end_offset,
        canonical,
        titles,
        adcode,
        place_id,
        place_level,
        amount_value,
        amount_unit,
        is_approximate,
        start_date,
        end_date,
        part_of_day
    from {{ lake_source('mentions', 'silver/mentions') }}

),

renamed as (

    select
        cast(mention_id as varchar) as mention_id,
        cast(article_id as varchar) as article_id,
        cast(issue_id as varchar) as issue_id,
        cast(issue_date as date) as issue_date,
        cast(paper as varchar) as paper,
        cast(position as integer) as mention_position,
        cast(mention_type as varchar) as mention_type,
        cast(text as varchar) as mention_text,
        cast(start_offset as integer) as start_offset,
        cast(end_offset as integer) as end_offset,
        cast(nullif(trim(canonical), '') as varchar) as canonical_name,
        cast(coalesce(titles, []) as varchar[]) as titles,
        cast(nullif(trim(adcode), '') as varchar) as adcode,
        cast(nullif(trim(place_id), '') as varchar) as gazetteer_place_id,
        cast(place_level as varchar) as place_level,
        cast(amount_value as double) as amount_value,
        cast(amount_unit as varchar) as amount_unit,
        cast(coalesce(is_approximate, false) as boolean) as is_approximate,
        cast(start_date as date) as start_date,
        cast(end_date as date) as end_date,
        cast(part_of_day as varchar) as part_of_day
    from source

),

final as (

    select * from renamed

)

select * from final
