-- Type-2 history of each person's title over issue dates.  A person's title on a day is the post at the
-- end of their title chains that day (市委常委、区委书记 -> 区委书记; the most printed one if several);
-- a new version starts on the first issue date that title changes.  valid_to is the next version's
-- valid_from (exclusive), null for the current one, so "title on day d" is
-- valid_from <= d and (valid_to is null or d < valid_to).
with

titles as (

    select
        person_id,
        person_name,
        title,
        title_position,
        issue_date,
        article_id,
        mention_id,
        mention_position
    from {{ ref('int_person_titles_split') }}

),

chain_ends as (

    select
        mention_id,
        max(title_position) as last_position
    from titles
    group by mention_id

),

posts as (

    select
        titles.person_id,
        titles.person_name,
        titles.issue_date,
        titles.title,
        titles.article_id,
        titles.mention_position
    from titles
    inner join chain_ends
        on
            titles.mention_id = chain_ends.mention_id
            and titles.title_position = chain_ends.last_position

),

post_counts as (

    select
        person_id,
        issue_date,
        title,
        count(*) as times_printed,
        max(article_id || lpad(cast(mention_position as varchar), 6, '0')) as last_printed_at
    from posts
    group by person_id, issue_date, title

),

daily_post as (

    select
        person_id,
        issue_date,
        title
    from post_counts
    qualify
        row_number() over (
            partition by person_id, issue_date order by times_printed desc, last_printed_at desc
        ) = 1

),

changes as (

    select
        person_id,
        issue_date,
        title,
        -- the first day (no previous title) compares as null, so it starts a version too
        case
            when lag(title) over (partition by person_id order by issue_date) = title then 0
            else 1
        end as is_change
    from daily_post

),

versioned as (

    select
        person_id,
        issue_date,
        title,
        sum(is_change) over (
            partition by person_id order by issue_date rows between unbounded preceding and current row
        ) as version_number
    from changes

),

versions as (

    select
        person_id,
        version_number,
        any_value(title) as title,
        min(issue_date) as valid_from,
        max(issue_date) as last_seen_date,
        count(*) as issue_date_count
    from versioned
    group by person_id, version_number

),

chains as (

    select
        versioned.person_id,
        versioned.version_number,
        list_sort(list_distinct(list(titles.title))) as all_titles,
        any_value(titles.person_name) as person_name
    from versioned
    inner join titles
        on
            versioned.person_id = titles.person_id
            and versioned.issue_date = titles.issue_date
    group by versioned.person_id, versioned.version_number

),

final as (

    select
        md5(versions.person_id || '|' || cast(versions.valid_from as varchar)) as person_title_version_id,
        versions.person_id,
        chains.person_name,
        cast(versions.version_number as integer) as version_number,
        versions.title,
        chains.all_titles,
        versions.valid_from,
        lead(versions.valid_from) over (
            partition by versions.person_id order by versions.valid_from
        ) as valid_to,
        versions.last_seen_date,
        versions.issue_date_count,
        lead(versions.valid_from) over (
            partition by versions.person_id order by versions.valid_from
        ) is null as is_current
    from versions
    inner join chains
        on
            versions.person_id = chains.person_id
            and versions.version_number = chains.version_number

)

select * from final
