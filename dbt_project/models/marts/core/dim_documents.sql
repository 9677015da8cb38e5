with

documents as (

    select
        mention_id,
        document_id,
        document_name,
        article_id,
        issue_id,
        issue_date,
        paper
    from {{ ref('int_documents_resolved') }}

),

final as (

    select
        document_id,
        min(document_name) as document_name,
        min(issue_date) as first_seen_date,
        max(issue_date) as last_seen_date,
        count(*) as mention_count,
        count(distinct article_id) as article_count,
        count(distinct paper) as paper_count
    from documents
    group by document_id

)

select * from final
