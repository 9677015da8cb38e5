-- A title matches the longest base title of the title_ranks seed that it ends with (区委副书记 ->
-- 副书记, not 书记); its administrative level comes from the most local place word in it
-- (村 > 乡镇/街道 > 区/县 > 市 > 省 > 中央/国家).  Titles that match no base title keep nulls.
with

titles as (

    select distinct title
    from {{ ref('int_person_titles_split') }}

),

ranks as (

    select
        base_title,
        title_kind,
        rank_order,
        is_deputy,
        base_title_en
    from {{ ref('stg_seeds__title_ranks') }}

),

usage as (

    select
        title,
        count(distinct person_id) as person_count,
        count(*) as mention_count,
        min(issue_date) as first_seen_date,
        max(issue_date) as last_seen_date
    from {{ ref('int_person_titles_split') }}
    group by title

),

matched as (

    select
        titles.title,
        ranks.base_title,
        ranks.title_kind,
        ranks.rank_order,
        ranks.is_deputy,
        ranks.base_title_en
    from titles
    left join ranks
        on ends_with(titles.title, ranks.base_title)
    qualify
        row_number() over (
            partition by titles.title order by length(ranks.base_title) desc nulls last
        ) = 1

),

leveled as (

    select
        *,
        {{ title_admin_level('title') }} as admin_level
    from matched

),

final as (

    select
        md5(leveled.title) as title_id,
        leveled.title,
        leveled.base_title,
        leveled.base_title_en,
        leveled.title_kind,
        leveled.admin_level,
        leveled.rank_order,
        coalesce(leveled.is_deputy, starts_with(leveled.base_title, '副')) as is_deputy,
        usage.person_count,
        usage.mention_count,
        usage.first_seen_date,
        usage.last_seen_date
    from leveled
    inner join usage
        on leveled.title = usage.title

)

select * from final
