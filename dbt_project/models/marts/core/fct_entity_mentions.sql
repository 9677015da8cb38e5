{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql), whose build fingerprint reads the gazetteer:
-- depends_on: {{ ref('stg_seeds__places') }}

with

mentions as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        mention_type,
        mention_text,
        start_offset,
        end_offset,
        canonical_name,
        titles,
        adcode,
        place_level,
        amount_value,
        amount_unit,
        is_approximate,
        start_date,
        end_date,
        part_of_day
    from {{ ref('stg_lake__mentions') }}
    {{ interval_filter() }}

),

persons as (

    select
        mention_id,
        person_id
    from {{ ref('int_persons_resolved') }}
    {{ interval_filter() }}

),

organizations as (

    select
        mention_id,
        organization_id
    from {{ ref('int_organizations_resolved') }}
    {{ interval_filter() }}

),

documents as (

    select
        mention_id,
        document_id
    from {{ ref('int_documents_resolved') }}
    {{ interval_filter() }}

),

places as (

    select
        mention_id,
        place_id,
        resolution_method
    from {{ ref('int_places_resolved') }}
    {{ interval_filter() }}

),

joined as (

    select
        mentions.mention_id,
        mentions.article_id,
        mentions.issue_id,
        mentions.issue_date,
        mentions.paper,
        mentions.mention_position,
        mentions.mention_type,
        mentions.mention_text,
        mentions.canonical_name,
        mentions.start_offset,
        mentions.end_offset,
        coalesce(persons.person_id, organizations.organization_id, places.place_id, documents.document_id) as entity_id,
        persons.person_id,
        organizations.organization_id,
        places.place_id,
        documents.document_id,
        places.resolution_method as place_resolution,
        mentions.titles,
        mentions.adcode,
        mentions.place_level,
        mentions.amount_value,
        mentions.amount_unit,
        mentions.is_approximate,
        mentions.start_date,
        mentions.end_date,
        mentions.part_of_day
    from mentions
    left join persons
        on mentions.mention_id = persons.mention_id
    left join organizations
        on mentions.mention_id = organizations.mention_id
    left join places
        on mentions.mention_id = places.mention_id
    left join documents
        on mentions.mention_id = documents.mention_id

),

final as (

    select * from joined

)

select * from final
