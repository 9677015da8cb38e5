{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='issue_date',
        on_schema_change='append_new_columns',
    )
}}

-- Rebuilt per issue date (see macros/incremental.sql): a daily run redoes only the changed dates.

-- One person per canonical name within the home region of the paper that printed the mention:
-- 张伟 in a district paper and 张伟 in a national paper are two people until a better resolver says otherwise.
with

mentions as (

    select
        mention_id,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        mention_text,
        canonical_name,
        titles
    from {{ ref('stg_lake__mentions') }}
    where mention_type = 'person'
    {{ interval_filter('and') }}

),

newspapers as (

    select
        paper,
        home_adcode,
        home_level
    from {{ ref('stg_seeds__newspapers') }}

),

regioned as (

    select
        mentions.mention_id,
        mentions.article_id,
        mentions.issue_id,
        mentions.issue_date,
        mentions.paper,
        mentions.mention_position,
        mentions.titles,
        coalesce(mentions.canonical_name, trim(mentions.mention_text)) as person_name,
        case
            when newspapers.home_level = 'national' then 'national'
            else coalesce(newspapers.home_adcode, 'unknown')
        end as person_region
    from mentions
    left join newspapers
        on mentions.paper = newspapers.paper

),

final as (

    select
        mention_id,
        md5(person_region || '|' || person_name) as person_id,
        person_name,
        person_region,
        article_id,
        issue_id,
        issue_date,
        paper,
        mention_position,
        titles
    from regioned
    where person_name is not null and person_name <> ''

)

select * from final
