package vn.danvan.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.insight.domain.MatcherMinHash;
import vn.danvan.insight.domain.PersonKeys;
import vn.danvan.insight.domain.SameMatterRule;
import vn.danvan.insight.persistence.MatterSamples;
import vn.danvan.shared.ContactSecrets;

/**
 * {@code bench/run --only=matcher --samples=10000000} (issue 20): what the same-matter matcher adds to intake when the
 * matcher's table holds {@code samples} petitions. The table is filled in plain SQL (generate_series) with rows
 * shaped like real ones — a 64-hash signature, 16 band keys, one to three person digests for most petitions; a
 * third of the matters sent again (their copies share band keys and signature), and in each commune a common band key
 * per title for the boilerplate petitions share — then the GIN index is built once. A new petition's lookup (its
 * MinHash signature from a petition-sized text, its band keys and person digests, the band/person query and the
 * similarity filter in Java) is timed against the baseline of the same run: the plain insert of the petition's
 * signature row, which intake pays anyway.
 */
final class MatcherBench {

    record Settings(long samples, int lookups, long seed) {}

    /** Far above any real petition id, so that the bench rows never meet a real petition's. */
    private static final long FIRST_ID = 1_000_000_000_000L;

    private static final int COMMUNES = 3_321;
    private static final int TITLES = 40;

    private final JdbcClient jdbc;
    private final MatterSamples samples;
    private final ContactSecrets secrets;
    private final Settings settings;

    MatcherBench(ConfigurableApplicationContext app, Settings settings) {
        this.jdbc = JdbcClient.create(app.getBean(DataSource.class));
        this.samples = app.getBean(MatterSamples.class);
        this.secrets = app.getBean(ContactSecrets.class);
        this.settings = settings;
    }

    String run() {
        long fillStart = System.nanoTime();
        long rows = fill();
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        SplittableRandom random = new SplittableRandom(settings.seed());
        // Warm-up: the index's upper pages and the code paths.
        for (int i = 0; i < Math.min(200, settings.lookups()); i++) {
            lookup(prepare(random, i));
        }
        long[] lookups = new long[settings.lookups()];
        long[] hits = new long[1];
        for (int i = 0; i < lookups.length; i++) {
            NewPetition petition = prepare(random, i);
            long start = System.nanoTime();
            int found = lookup(petition);
            lookups[i] = System.nanoTime() - start;
            hits[0] += found;
        }
        // One more lookup of a copy, explained: the plan and the pages it read, for the record.
        NewPetition explained = prepare(random, 0);
        long[] explainedBands = explained.copyOf() != null
                ? explained.copyOf()
                : MatcherMinHash.bandKeys(MatcherMinHash.signature(explained.text()), explained.commune());
        List<String> plan = samples.explainMeet(-1, explainedBands, persons(explained.person()), 200);
        long[] inserts = new long[settings.lookups()];
        long nextId = FIRST_ID + rows + 1_000_000L + settings.seed() % 1_000_000L * 10;
        for (int i = 0; i < inserts.length; i++) {
            long[] signature = MatcherMinHash.signature(text(random, random.nextLong()));
            long[] bands = MatcherMinHash.bandKeys(signature, commune(random.nextInt(COMMUNES)));
            List<byte[]> persons = persons(random.nextLong());
            long start = System.nanoTime();
            samples.remember(nextId + i, signature, bands, persons);
            inserts[i] = System.nanoTime() - start;
        }
        jdbc.sql("delete from insight.matter_sample where petition_id >= :from")
                .param("from", nextId)
                .update();
        return markdown(rows, fillSeconds, lookups, hits[0], inserts, plan);
    }

    /** A new petition as intake would meet it; a copy carries the stored matter's band keys. */
    private record NewPetition(
            String text, String commune, long @org.jspecify.annotations.Nullable [] copyOf, long person) {}

    private NewPetition prepare(SplittableRandom random, int i) {
        long[] copyOf = null;
        if (i % 2 == 0) {
            long matter = random.nextLong(Math.max(1, settings.samples() * 2 / 3));
            copyOf = jdbc.sql("""
                    select array(select hashint8extended(:matter * 16 + b, 7) from generate_series(0, 15) b)
                    """)
                    .param("matter", matter)
                    .query((rs, n) -> {
                        Object[] values = (Object[]) rs.getArray(1).getArray();
                        return Arrays.stream(values)
                                .mapToLong(v -> ((Number) v).longValue())
                                .toArray();
                    })
                    .single();
        }
        return new NewPetition(
                text(random, random.nextLong()), commune(random.nextInt(COMMUNES)), copyOf, random.nextLong());
    }

    /**
     * The lookup intake pays: the signature, the band keys and person digests, the query, the similarity filter.
     * Half of the new petitions are copies of a matter already in the table (their band keys meet the copy's), half
     * new. Returns how many petitions the query met.
     */
    private int lookup(NewPetition petition) {
        long[] signature = MatcherMinHash.signature(petition.text());
        long[] bands = MatcherMinHash.bandKeys(signature, petition.commune());
        if (petition.copyOf() != null) {
            bands = petition.copyOf();
        }
        List<MatterSamples.Met> met = samples.meet(-1, bands, persons(petition.person()), 200);
        SameMatterRule.Sample subject = new SameMatterRule.Sample(0, "c", "f", signature);
        for (MatterSamples.Met candidate : met) {
            if (SameMatterRule.suggest(
                            subject,
                            new SameMatterRule.Sample(candidate.petitionId(), "c", "f", candidate.signature()),
                            SameMatterRule.DEFAULT_THRESHOLD)
                    .isPresent()) {
                passed++;
            }
        }
        return met.size();
    }

    private long passed;

    private List<byte[]> persons(long person) {
        return PersonKeys.of("Nguyễn Văn " + (person % 5_000), String.valueOf(Math.abs(person)), null, null).stream()
                .map(key -> secrets.digest("matter-person", key))
                .toList();
    }

    private static String commune(int index) {
        return String.format(Locale.ROOT, "%05d", 10_000 + index);
    }

    /** A petition-sized text (about 900 characters), like the generator's, with particulars of its own. */
    private static String text(SplittableRandom random, long particulars) {
        StringBuilder text = new StringBuilder(1_000);
        text.append("Kính gửi Ủy ban nhân dân xã. Khiếu nại quyết định thu hồi đất. Tôi là Nguyễn Văn ")
                .append(Math.abs(particulars % 997))
                .append(", trú tại tổ ")
                .append(random.nextInt(20))
                .append(", liên quan thửa đất số ")
                .append(Math.abs(particulars % 9_001))
                .append(" tờ bản đồ số ")
                .append(random.nextInt(60))
                .append(". ");
        String[] phrases = {
            "gia đình tôi không được thông báo trước khi thu hồi",
            "mức giá bồi thường thấp hơn giá thị trường nhiều lần",
            "cán bộ địa chính đo đạc sai diện tích",
            "hàng xóm lấn sang phần đất của gia đình",
            "hồ sơ đã nộp từ lâu nhưng chưa được giải quyết",
            "công trình xây dựng làm nứt tường nhà tôi"
        };
        for (int i = 0; i < 12; i++) {
            text.append(phrases[random.nextInt(phrases.length)]).append(", ");
        }
        return text.append("đề nghị cơ quan có thẩm quyền xem xét giải quyết dứt điểm.")
                .toString();
    }

    /**
     * Fills the table to {@code samples} bench rows (kept between runs). Rows are written without the table's
     * secondary indexes, then those are built once, as a restore would: the very indexes the migrations created
     * (their definitions read from the catalogue and kept in {@code public.bench_matcher_index} while they are
     * dropped, so that an interrupted fill still rebuilds them).
     */
    private long fill() {
        long have = jdbc.sql("select count(*) from insight.matter_sample where petition_id >= :first")
                .param("first", FIRST_ID)
                .query(Long.class)
                .single();
        if (have >= settings.samples()) {
            return have;
        }
        jdbc.sql(
                        "create table if not exists public.bench_matcher_index (name text primary key, definition text not null)")
                .update();
        jdbc.sql("""
                insert into public.bench_matcher_index (name, definition)
                select indexname, indexdef from pg_indexes
                where schemaname = 'insight' and tablename = 'matter_sample' and indexname <> 'matter_sample_pkey'
                on conflict (name) do nothing
                """).update();
        List<String> indexes = jdbc.sql("select name from public.bench_matcher_index order by name")
                .query(String.class)
                .list();
        for (String index : indexes) {
            jdbc.sql("drop index if exists insight." + index).update();
        }
        // Row i is a copy of matter i*2/3 (a third of the matters are sent twice); band keys 0 and 1 of one
        // petition in eight are its commune and title's boilerplate key, shared with others of that commune.
        StringBuilder bands = new StringBuilder("array[");
        for (int band = 0; band < MatcherMinHash.BANDS; band++) {
            bands.append(band == 0 ? "" : ", ");
            if (band < 2) {
                bands.append("case when i % 8 = 0 then hashint8extended((i % :communes) * 100 + (i / 7) % :titles, 11)"
                        + " else hashint8extended((i * 2 / 3) * 16 + " + band + ", 7) end");
            } else {
                bands.append("hashint8extended((i * 2 / 3) * 16 + ")
                        .append(band)
                        .append(", 7)");
            }
        }
        bands.append("]");
        long batch = 1_000_000;
        for (long from = have; from < settings.samples(); from += batch) {
            long to = Math.min(settings.samples(), from + batch) - 1;
            jdbc.sql("""
                    insert into insight.matter_sample (petition_id, signature, band_keys, person_keys)
                    select :first + i,
                           array_fill(hashint8extended(i * 2 / 3, 3), array[64]),
                           %s,
                           case when i %% 10 < 7
                                then array[sha256(int8send(i * 2 / 3)), sha256(int8send(-(i * 2 / 3)))]
                                else '{}'::bytea[] end
                    from generate_series(cast(:from as bigint), cast(:to as bigint)) i
                    """.formatted(bands))
                    .param("first", FIRST_ID)
                    .param("communes", COMMUNES)
                    .param("titles", TITLES)
                    .param("from", from)
                    .param("to", to)
                    .update();
        }
        for (String index : indexes) {
            String definition = jdbc.sql("select definition from public.bench_matcher_index where name = :name")
                    .param("name", index)
                    .query(String.class)
                    .single();
            // One statement, so that the setting holds on the pooled connection that builds the index.
            jdbc.sql("set maintenance_work_mem = '512MB'; " + definition).update();
            jdbc.sql("delete from public.bench_matcher_index where name = :name")
                    .param("name", index)
                    .update();
        }
        jdbc.sql("vacuum analyze insight.matter_sample").update();
        return jdbc.sql("select count(*) from insight.matter_sample where petition_id >= :first")
                .param("first", FIRST_ID)
                .query(Long.class)
                .single();
    }

    private String markdown(
            long rows, double fillSeconds, long[] lookups, long hits, long[] inserts, List<String> plan) {
        List<String> lines = new ArrayList<>();
        lines.add("## Same-matter matcher at intake (bench/run --only=matcher)");
        lines.add("");
        lines.add(String.format(
                Locale.ROOT,
                "%,d signature rows (filled or topped up in %.0f s); %,d lookups, one at a time, half of them copies"
                        + " of a stored matter (%,d petitions met, %,d at the similarity threshold)",
                rows,
                fillSeconds,
                lookups.length,
                hits,
                passed));
        lines.add("");
        lines.add(sizes());
        lines.add("");
        lines.add("| step | p50 ms | p95 ms | p99 ms | max ms |");
        lines.add("|---|---:|---:|---:|---:|");
        lines.add(row("candidate lookup (signature, band and person query, similarity)", lookups));
        lines.add(row("baseline: insert of the petition's signature row", inserts));
        lines.add("");
        lines.add(percentile(lookups, 95) <= 20_000_000 ? "PASS p95 ≤ 20 ms" : "FAIL p95 > 20 ms");
        lines.add("");
        lines.add("One lookup of a copy, `explain (analyze, buffers)`:");
        lines.add("");
        plan.forEach(line -> lines.add("    " + line));
        return String.join("\n", lines) + "\n";
    }

    /** The table's and its indexes' sizes, per million rows too: what must stay in memory for a quick lookup. */
    private String sizes() {
        return jdbc.sql("""
                        select pg_table_size('insight.matter_sample') as heap,
                               coalesce(sum(pg_relation_size(i.indexrelid)) filter (where c.relname like 'matter_sample_band%'), 0) as bands,
                               coalesce(sum(pg_relation_size(i.indexrelid)) filter (where c.relname = 'matter_sample_person_idx'), 0) as persons,
                               coalesce(sum(pg_relation_size(i.indexrelid)) filter (where c.relname = 'matter_sample_pkey'), 0) as pkey,
                               (select count(*) from insight.matter_sample) as rows
                        from pg_index i join pg_class c on c.oid = i.indexrelid
                        where i.indrelid = 'insight.matter_sample'::regclass
                        """)
                .query((rs, n) -> {
                    double millions = Math.max(1, rs.getLong("rows")) / 1e6;
                    return String.format(
                            Locale.ROOT,
                            "Sizes: table %,d MB (%,.0f MB per million rows); band indexes %,d MB (%,.0f MB per million);"
                                    + " person index %,d MB; primary key %,d MB",
                            rs.getLong("heap") >> 20,
                            (rs.getLong("heap") >> 20) / millions,
                            rs.getLong("bands") >> 20,
                            (rs.getLong("bands") >> 20) / millions,
                            rs.getLong("persons") >> 20,
                            rs.getLong("pkey") >> 20);
                })
                .single();
    }

    private static String row(String name, long[] nanos) {
        return String.format(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %.2f |",
                name,
                percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6,
                percentile(nanos, 99) / 1e6,
                Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
