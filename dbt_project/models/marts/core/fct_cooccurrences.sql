{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Pairs of distinct entities (people, organizations, places) named in the same article, each pair once
-- (entity_a_id < entity_b_id), for network analysis.  Documents, amounts and dates are not entities here.
-- Rebuilt per issue date (see macros/incremental.sql), whose build fingerprint reads the gazetteer:
-- depends_on: {{ ref('stg_seeds__places') }}

with

mentions as (

    select
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_type,
        entity_id,
        canonical_name,
        mention_text
    from {{ ref('fct_entity_mentions') }}
    where mention_type in ('person', 'organization', 'place') and entity_id is not null
    {{ interval_filter('and') }}

),

article_entities as (

    select
        article_id,
        entity_id,
        any_value(mention_type) as entity_type,
        -- one entity can be printed several ways (武进, 武进区): take one, the same on every run
        min(coalesce(canonical_name, mention_text)) as entity_name,
        any_value(issue_id) as issue_id,
        any_value(issue_date) as issue_date,
        any_value(paper) as paper,
        count(*) as mention_count
    from mentions
    group by article_id, entity_id

),

pairs as (

    select
        a.article_id,
        a.issue_id,
        a.issue_date,
        a.paper,
        a.entity_id as entity_a_id,
        a.entity_type as entity_a_type,
        a.entity_name as entity_a_name,
        a.mention_count as entity_a_mention_count,
        b.entity_id as entity_b_id,
        b.entity_type as entity_b_type,
        b.entity_name as entity_b_name,
        b.mention_count as entity_b_mention_count
    from article_entities as a
    inner join article_entities as b
        on
            a.article_id = b.article_id
            and a.entity_id < b.entity_id

),

final as (

    select
        md5(article_id || '|' || entity_a_id || '|' || entity_b_id) as cooccurrence_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        entity_a_id,
        entity_a_type,
        entity_a_name,
        entity_b_id,
        entity_b_type,
        entity_b_name,
        least(entity_a_type, entity_b_type) || '-' || greatest(entity_a_type, entity_b_type) as pair_type,
        entity_a_mention_count,
        entity_b_mention_count
    from pairs

)

select * from final
