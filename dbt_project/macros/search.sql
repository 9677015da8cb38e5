{#-
    Full-text search for Chinese without a segmenter: text is indexed as its overlapping character
    bigrams (太湖治理 -> 太湖 湖治 治理), so a query's bigrams all present in an article means the
    article contains the query's characters in those pairs.  Punctuation and spaces split runs; Latin
    letters are lowercased and bigrammed the same way, digits too (a short word still matches itself).
-#}

{% macro cjk_bigrams(expr) -%}
    array_to_string(
        flatten(
            list_transform(
                string_split_regex(
                    trim(regexp_replace(coalesce({{ expr }}, ''), '[^\p{L}\p{N}]+', ' ', 'g')),
                    '\s+'
                ),
                run -> case
                    when length(run) <= 1 then [lower(run)]
                    else list_transform(range(1, length(run)), i -> lower(substr(run, i, 2)))
                end
            )
        ),
        ' '
    )
{%- endmacro %}


{#-
    Post-hook of article_search_terms.  A full build writes the index sorted by term; a daily run appends its
    dates' rows after the sorted part, and a search scans what is not sorted in full.  When the appended part
    passes 5 % of the index, sort it all again (in place: the contract's table stays), so a search stays a
    few row groups per term however many daily runs came since.
-#}
{% macro sort_search_terms(relation) -%}
    {%- if execute -%}
        {%- set total = run_query('select count(*) from ' ~ relation).columns[0].values()[0] -%}
        {%- set state = adapter.get_relation(database=target.database, schema='dbt_meta', identifier='search_terms_sorted') -%}
        {%- set sorted_rows = run_query('select sorted_rows from ' ~ state).columns[0].values()[0] if state is not none else none -%}
        {%- set appended = total - (sorted_rows or 0) -%}
        {%- if is_interval_run() and sorted_rows is not none and appended > 0.05 * total %}
            create or replace temporary table search_terms_resorted as
            select * from {{ relation }} order by term, article_id;
            delete from {{ relation }};
            insert into {{ relation }} select * from search_terms_resorted;
            drop table search_terms_resorted;
        {%- endif %}
        {%- if not is_interval_run() or sorted_rows is none or appended > 0.05 * total %}
            create schema if not exists dbt_meta;
            create or replace table dbt_meta.search_terms_sorted as
            select {{ total }}::bigint as sorted_rows, current_timestamp as sorted_at;
        {%- endif %}
    {%- endif -%}
{%- endmacro %}


{#-
    Post-hook of article_search: the macros readers call.  search_articles(q) returns the articles that contain
    every bigram of q, best first by BM25 (k1 = 1.2, b = 0.75, as DuckDB's fts extension), reading only the
    index rows of q's bigrams.  Plain SQL: no extension to load, in any client.
-#}
{% macro create_search_macros() -%}
    create or replace macro {{ this.schema }}.cjk_bigrams(text_value) as {{ cjk_bigrams('text_value') }};
    create or replace macro {{ this.schema }}.search_articles(query_text) as table
        with
        query_terms as (
            select distinct unnest(string_split({{ this.schema }}.cjk_bigrams(query_text), ' ')) as term
        ),
        hits as (
            select
                terms.article_id,
                terms.term,
                terms.term_count
            from {{ this.schema }}.article_search_terms as terms
            semi join query_terms
                on terms.term = query_terms.term
        ),
        matched as (
            select article_id
            from hits
            group by article_id
            having count(*) = (select count(*) from query_terms where term != '')
        ),
        document_frequency as (
            select
                term,
                count(*) as documents
            from hits
            group by term
        ),
        corpus as (
            select
                count(*) as documents,
                avg(term_total) as average_terms
            from {{ this.schema }}.article_search
        ),
        scored as (
            select
                hits.article_id,
                sum(
                    ln(1 + (corpus.documents - document_frequency.documents + 0.5) / (document_frequency.documents + 0.5))
                    * hits.term_count * 2.2
                    / (hits.term_count + 1.2 * (0.25 + 0.75 * articles.term_total / corpus.average_terms))
                ) as score
            from hits
            inner join matched
                on hits.article_id = matched.article_id
            inner join document_frequency
                on hits.term = document_frequency.term
            inner join {{ this.schema }}.article_search as articles
                on hits.article_id = articles.article_id
            cross join corpus
            group by hits.article_id
        )
        select
            articles.article_id,
            articles.issue_date,
            articles.paper,
            articles.headline,
            scored.score
        from scored
        inner join {{ this.schema }}.article_search as articles
            on scored.article_id = articles.article_id
        order by scored.score desc, articles.article_id;
{%- endmacro %}
