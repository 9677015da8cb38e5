-- Pages exist only where the issue printed page headers the parser read; articles without a page
-- number have no page row.
with

articles as (

    select
        article_id,
        issue_id,
        issue_date,
        paper,
        page_number,
        page_name,
        article_seq,
        char_count
    from {{ ref('stg_lake__articles') }}
    where page_number is not null

),

final as (

    select
        left(issue_id, 16) || '-p' || lpad(cast(page_number as varchar), 3, '0') as page_id,
        issue_id,
        any_value(paper) as paper,
        any_value(issue_date) as issue_date,
        page_number,
        min(page_name) as page_name,
        count(*) as article_count,
        cast(sum(char_count) as bigint) as char_count,
        min(article_seq) as first_article_seq,
        max(article_seq) as last_article_seq
    from articles
    group by issue_id, page_number

)

select * from final
