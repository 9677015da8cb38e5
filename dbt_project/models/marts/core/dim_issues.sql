with

issues as (

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
    from {{ ref('stg_lake__issues') }}

),

articles as (

    select
        issue_id,
        page_number,
        parser_version
    from {{ ref('stg_lake__articles') }}

),

article_stats as (

    select
        issue_id,
        count(*) as article_count,
        count(distinct page_number) as page_count,
        max(parser_version) as parser_version
    from articles
    group by issue_id

),

final as (

    select
        issues.issue_id,
        issues.paper,
        issues.issue_date,
        issues.edition,
        issues.metadata_source,
        issues.source_file,
        issues.issue_id as content_sha256,
        issues.encoding,
        issues.has_bom,
        issues.line_endings,
        issues.byte_size,
        issues.char_count,
        len(issues.warnings) as warning_count,
        issues.warnings,
        issues.ingested_at,
        coalesce(article_stats.page_count, 0) as page_count,
        coalesce(article_stats.article_count, 0) as article_count,
        article_stats.parser_version
    from issues
    left join article_stats
        on issues.issue_id = article_stats.issue_id

)

select * from final
