package org.villageregistry.service.ledger;

import static org.villageregistry.domain.person.RelationToHead.DAUGHTER;
import static org.villageregistry.domain.person.RelationToHead.DAUGHTERS_CHILD;
import static org.villageregistry.domain.person.RelationToHead.DAUGHTER_IN_LAW;
import static org.villageregistry.domain.person.RelationToHead.GRANDCHILD;
import static org.villageregistry.domain.person.RelationToHead.HEAD;
import static org.villageregistry.domain.person.RelationToHead.PARENT;
import static org.villageregistry.domain.person.RelationToHead.SIBLING;
import static org.villageregistry.domain.person.RelationToHead.SON;
import static org.villageregistry.domain.person.RelationToHead.SON_IN_LAW;
import static org.villageregistry.domain.person.RelationToHead.SPOUSE;
import static org.villageregistry.domain.person.Sex.FEMALE;
import static org.villageregistry.domain.person.Sex.MALE;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.ledger.CorpusLedger.Format;
import org.villageregistry.service.ledger.CorpusLedger.Truth;

/**
 * The corpus of village ledgers the import is proved on: nine layouts offices really use (merged title, 户主姓名
 * with blank cells meaning "same as above", a 户主 row starting each household, IDs typed as numbers, .xls with
 * GB/T 4761 codes, GBK and GB18030 CSV with 198503-style dates, Excel's Unicode text, 户号 in merged cells), each
 * row with its expected outcome. Names and ID numbers are fictitious; the IDs are made valid by IdNumber.compose.
 */
final class LedgerCorpus {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private LedgerCorpus() {
    }

    static List<CorpusLedger> all() {
        return List.of(mergedTitle(), sameAsAbove(), headRows(), idsAsNumbers(), oldExcelWithCodes(),
                monthDatesInGbk(), rareNamesInGb18030(), unicodeText(), mergedHouseholdNumbers());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static String sex(Sex sex) {
        return sex == MALE ? "男" : "女";
    }

    /** 户号, 组, 门牌 and a title merged over the header; dates written five ways. */
    static CorpusLedger mergedTitle() {
        CorpusLedger l = new CorpusLedger("01-合并标题.xlsx", Format.XLSX, null, "柳树村人口信息台账（2026年）",
                "序号", "户号", "组", "门牌", "姓名", "与户主关系", "性别", "出生日期", "身份证号", "民族", "户口性质", "联系电话");
        Object[][] rows = {
            {"0001", "张德福", MALE, "1955-01-15", HEAD, "1955-01-15", "13812345678"},
            {"0001", "李桂兰", FEMALE, "1957-03-02", SPOUSE, "1957.3.2", ""},
            {"0001", "张伟", MALE, "1980-05-01", SON, "1980年5月1日", ""},
            {"0001", "陈丽", FEMALE, "1982-06-06", DAUGHTER_IN_LAW, d("1982-06-06"), ""},
            {"0001", "张子涵", FEMALE, "2008-07-09", GRANDCHILD, "20080709", ""},
            {"0002", "王强", MALE, "1970-07-08", HEAD, "1970/7/8", "0371-65512345"},
            {"0002", "王小明", MALE, "1995-10-10", SON, "1995-10-10", ""},
        };
        int n = 1;
        for (Object[] r : rows) {
            Sex s = (Sex) r[2];
            LocalDate born = d((String) r[3]);
            String id = l.id(born, s);
            String relation = r[4] == HEAD ? "户主" : r[4] == SPOUSE ? "妻" : r[4] == SON ? "儿子"
                    : r[4] == DAUGHTER_IN_LAW ? "儿媳" : "孙女";
            l.accept(new Truth(id, (String) r[1], s, born, (RelationToHead) r[4], (String) r[0]),
                    String.valueOf(n++), r[0], "一组", "柳树村" + r[0] + "号", r[1], relation, sex(s), r[5], id, "汉族",
                    "农业", r[6]);
        }
        l.refuse("“不详”不是日期", String.valueOf(n++), "0002", "一组", "柳树村0002号", "赵敏", "妻", "女", "不详",
                l.id(d("1972-02-02"), FEMALE), "汉族", "农业", "");
        String wrongCheck = wrongCheck(l.id(d("1966-04-04"), MALE));
        l.refuse("校验位", String.valueOf(n++), "0003", "二组", "柳树村0003号", "孙立", "户主", "男", "1966-04-04",
                wrongCheck, "汉族", "农业", "");
        l.refuse("户主（第 11 行）有错误", String.valueOf(n), "0003", "二组", "柳树村0003号", "孙红", "女", "女",
                "1990-01-01", "", "汉族", "农业", "");
        return l;
    }

    /** No 户号: 户主姓名 blank means "same as above"; a row naming another head goes to that head's household. */
    static CorpusLedger sameAsAbove() {
        CorpusLedger l = new CorpusLedger("02-户主姓名同上.xlsx", Format.XLSX, null, "二组花名册",
                "户主姓名", "姓名", "与户主关系", "性别", "出生年月", "身份证号", "民族", "户口性质", "住址");
        member(l, "刘德华", "H1", "刘德华", MALE, "1955-01-01", HEAD, "户主", "三组5号");
        member(l, "", "H1", "陈美玲", FEMALE, "1957-02-02", SPOUSE, "妻", "");
        member(l, "", "H1", "刘洋", MALE, "1980-03-03", SON, "长子", "");
        member(l, "", "H1", "王静", FEMALE, "1982-04-04", DAUGHTER_IN_LAW, "儿媳", "");
        member(l, "", "H1", "刘小雨", FEMALE, "2006-05-05", GRANDCHILD, "孙女", "");
        member(l, "孙立", "H2", "孙立", MALE, "1960-06-06", HEAD, "户主", "三组8号");
        member(l, "", "H2", "孙小红", FEMALE, "1985-07-07", DAUGHTER, "次女", "");
        member(l, "", "H2", "周杰", MALE, "1983-08-08", SON_IN_LAW, "女婿", "");
        member(l, "", "H2", "周小宝", MALE, "2010-09-09", DAUGHTERS_CHILD, "外孙", "");
        member(l, "刘德华", "H1", "刘芳", FEMALE, "1984-10-10", DAUGHTER, "女", "三组5号");
        l.refuse("找不到这位户主", "钱多多", "钱小小", "子", "男", "2001-01-01", "", "汉族", "农业", "三组9号");
        return l;
    }

    private static void member(CorpusLedger l, String head, String household, String name, Sex s, String born,
                               RelationToHead relation, String word, String address) {
        String id = l.id(d(born), s);
        l.accept(new Truth(id, name, s, d(born), relation, household), head, name, word, sex(s), born, id, "汉族", "农业",
                address);
    }

    /** No 户号, no 户主姓名: each 户主 row starts a household; three heads named 王建国; 一组, 1组 and 第一组. */
    static CorpusLedger headRows() {
        CorpusLedger l = new CorpusLedger("03-户主行分户.xlsx", Format.XLSX, null, null,
                "组", "姓名", "与户主关系", "性别", "出生日期", "身份证号", "民族", "户口性质");
        Object[][] rows = {
            {"一组", "王建国", MALE, "1960-01-01", HEAD, "H1"}, {"一组", "李秀英", FEMALE, "1962-02-02", SPOUSE, "H1"},
            {"1组", "王建国", MALE, "1970-03-03", HEAD, "H2"}, {"1组", "张桂芳", FEMALE, "1971-04-04", SPOUSE, "H2"},
            {"1组", "王磊", MALE, "1995-05-05", SON, "H2"},
            {"第一组", "王建国", MALE, "1980-06-06", HEAD, "H3"}, {"第一组", "赵丽", FEMALE, "1982-07-07", SPOUSE, "H3"},
            {"第一组", "王佳", FEMALE, "2005-08-08", DAUGHTER, "H3"},
        };
        for (Object[] r : rows) {
            Sex s = (Sex) r[2];
            LocalDate born = d((String) r[3]);
            String id = l.id(born, s);
            RelationToHead relation = (RelationToHead) r[4];
            l.accept(new Truth(id, (String) r[1], s, born, relation, (String) r[5]), r[0], r[1], relation.zh(),
                    sex(s), r[3], id, "汉族", "农业");
        }
        l.refuse("有两位配偶", "二组", "马超", "户主", "男", "1975-01-01", l.id(d("1975-01-01"), MALE), "汉族", "农业");
        l.refuse("有两位配偶", "二组", "黄蓉", "配偶", "女", "1976-02-02", l.id(d("1976-02-02"), FEMALE), "汉族", "农业");
        l.refuse("有两位配偶", "二组", "穆念慈", "配偶", "女", "1977-03-03", l.id(d("1977-03-03"), FEMALE), "汉族", "农业");
        l.refuse("有两位配偶", "二组", "马小龙", "子", "男", "2000-04-04", l.id(d("2000-04-04"), MALE), "汉族", "农业");
        return l;
    }

    /** IDs typed into number cells: refused, even the one whose damaged digits pass the check. */
    static CorpusLedger idsAsNumbers() {
        CorpusLedger l = new CorpusLedger("04-身份证数字格式.xlsx", Format.XLSX, null, "郑家庄人口台账",
                "户号", "姓名", "与户主关系", "性别", "出生日期", "身份证号", "民族", "户口性质");
        String head = l.id(d("1965-01-01"), MALE);
        l.accept(new Truth(head, "郑大山", MALE, d("1965-01-01"), HEAD, "0101"), "0101", "郑大山", "户主", "男",
                "1965-01-01", head, "汉族", "农业");
        l.refuse("文本格式", "0101", "吴秀兰", "妻", "女", "1966-02-02", Double.valueOf(l.id(d("1966-02-02"), FEMALE)),
                "汉族", "农业");
        l.refuse("文本格式", "0101", "郑小山", "子", "男", "1990-03-03", passingDamagedId(l, d("1990-03-03")), "汉族",
                "农业");
        l.accept(new Truth(null, "郑小妹", FEMALE, d("2015-04-04"), DAUGHTER, "0101"), "0101", "郑小妹", "女", "女",
                d("2015-04-04"), "", "汉族", "农业");
        String feng = l.id(d("1970-05-05"), MALE);
        l.accept(new Truth(feng, "冯刚", MALE, d("1970-05-05"), HEAD, "0102"), "0102", "冯刚", "户主", "男",
                "1970-05-05", fullWidth(feng.substring(0, 6)) + " " + feng.substring(6), "汉族", "农业");
        l.refuse("文本格式", "0102", "冯丽", "女", "女", "1995-06-06",
                Double.valueOf(l.id(d("1995-06-06"), FEMALE).substring(0, 17)), "汉族", "农业");
        String qiang = l.id(d("1997-07-07"), MALE);
        l.accept(new Truth(qiang, "冯强", MALE, d("1997-07-07"), SON, "0102"), "0102", "冯强", "子", "男",
                "1997-07-07", "'" + qiang, "汉族", "农业");
        return l;
    }

    /** An ID whose number-cell value (what the cell really holds) passes the check digit by chance. */
    private static Double passingDamagedId(CorpusLedger l, LocalDate born) {
        while (true) {
            String id = l.id(born, MALE);
            double stored = Double.parseDouble(id);
            String damaged = new BigDecimal(stored).toPlainString();
            if (!damaged.equals(id) && IdNumber.checkCharacter(damaged.substring(0, 17)) == damaged.charAt(17)) {
                return stored;
            }
        }
    }

    /** .xls as older offices keep it, relations as GB/T 4761 codes, dates as Excel date cells. */
    static CorpusLedger oldExcelWithCodes() {
        CorpusLedger l = new CorpusLedger("05-旧版代码.xls", Format.XLS, null, "黄家村人口台账",
                "户号", "姓名", "与户主关系代码", "性别", "出生日期", "身份证号", "民族", "户口性质");
        Object[][] rows = {
            {"0201", "黄大年", MALE, "1955-01-01", "01", HEAD}, {"0201", "林月", FEMALE, "1957-02-02", "10", SPOUSE},
            {"0201", "黄一", MALE, "1980-03-03", "22", SON}, {"0201", "黄二", FEMALE, "1982-04-04", "33", DAUGHTER},
            {"0201", "苏梅", FEMALE, "1981-05-05", "38", DAUGHTER_IN_LAW},
            {"0201", "黄小宝", MALE, "2008-06-06", "41", GRANDCHILD},
            {"0201", "黄老太", FEMALE, "1932-07-07", "52", PARENT},
            {"0202", "蒋军", MALE, "1962-08-08", "01", HEAD}, {"0202", "蒋红", FEMALE, "1986-09-09", "30", DAUGHTER},
            {"0202", "何伟", MALE, "1984-10-10", "28", SON_IN_LAW},
            {"0202", "何小雨", FEMALE, "2012-11-11", "44", DAUGHTERS_CHILD},
            {"0202", "蒋国", MALE, "1958-12-12", "71", SIBLING},
        };
        for (Object[] r : rows) {
            Sex s = (Sex) r[2];
            LocalDate born = d((String) r[3]);
            String id = l.id(born, s);
            l.accept(new Truth(id, (String) r[1], s, born, (RelationToHead) r[5], (String) r[0]), r[0], r[1], r[4],
                    sex(s), born, id, "01", "1");
        }
        l.refuse("“98”无法识别", "0202", "蒋某", "98", "男", d("1990-01-01"), l.id(d("1990-01-01"), MALE), "01", "1");
        l.refuse("“干女儿”无法识别", "0202", "蒋某某", "干女儿", "女", d("1991-01-01"), l.id(d("1991-01-01"), FEMALE),
                "01", "1");
        return l;
    }

    /** GBK CSV with 出生年月 as 198503, 1986.7, 2015, 2016年6月 and bare numbers. */
    static CorpusLedger monthDatesInGbk() {
        CorpusLedger l = new CorpusLedger("06-出生年月-GBK.csv", Format.CSV, GBK, null,
                "户号", "姓名", "与户主关系", "性别", "出生年月", "身份证号", "民族", "户口性质");
        partial(l, "0301", "曹刚", MALE, "1985-03-02", HEAD, "198503");
        partial(l, "0301", "田芳", FEMALE, "1986-07-15", SPOUSE, "1986.7");
        l.refuse("“2019”不是完整的出生日期", "0301", "曹一", "子", "男", "2019", "", "汉族", "农业");
        l.refuse("“20210”不是完整的出生日期", "0301", "曹二", "女", "女", "20210", "", "汉族", "农业");
        l.refuse("对不上", "0301", "曹三", "子", "男", "2012.3", l.id(d("2012-04-01"), MALE), "汉族", "农业");
        partial(l, "0301", "曹四", FEMALE, "2015-08-08", DAUGHTER, "2015");
        partial(l, "0301", "曹五", MALE, "2016-06-06", SON, "2016年6月");
        partial(l, "0302", "邹明", MALE, "1990-05-01", HEAD, "32994");
        l.refuse("“32995”不是完整的出生日期", "0302", "邹丽", "配偶", "女", "32995", "", "汉族", "农业");
        return l;
    }

    private static void partial(CorpusLedger l, String household, String name, Sex s, String born,
                                RelationToHead relation, String written) {
        String id = l.id(d(born), s);
        l.accept(new Truth(id, name, s, d(born), relation, household), household, name, relation.zh(), sex(s), written,
                id, "汉族", "农业");
    }

    /** GB18030 CSV: names with characters GBK lacks; phones right and wrong. */
    static CorpusLedger rareNamesInGb18030() {
        CorpusLedger l = new CorpusLedger("07-生僻字-GB18030.csv", Format.CSV, GB18030, null,
                "户号", "姓名", "与户主关系", "性别", "出生日期", "身份证号", "民族", "户口性质", "联系电话");
        phone(l, "0401", "吉𠮷", MALE, "1975-01-01", HEAD, "139 1234 5678");
        phone(l, "0401", "王䶮", FEMALE, "1976-02-02", SPOUSE, "0371 6551 2345");
        l.refuse("“1391234567”不是电话号码", "0401", "吉小𠮷", "子", "男", "2001-03-03", l.id(d("2001-03-03"), MALE),
                "回族", "农业", "1391234567");
        l.refuse("“6551234”不是电话号码", "0401", "吉丫", "女", "女", "2003-04-04", l.id(d("2003-04-04"), FEMALE),
                "回族", "农业", "6551234");
        phone(l, "0402", "祁䶮", MALE, "1980-05-05", HEAD, "");
        return l;
    }

    private static void phone(CorpusLedger l, String household, String name, Sex s, String born,
                              RelationToHead relation, String phone) {
        String id = l.id(d(born), s);
        l.accept(new Truth(id, name, s, d(born), relation, household), household, name, relation.zh(), sex(s), born, id,
                "回族", "农业", phone);
    }

    /** Excel's "Unicode text": UTF-16, tabs; 二组 written three ways; names with ·; a row wrong in four ways. */
    static CorpusLedger unicodeText() {
        CorpusLedger l = new CorpusLedger("08-Unicode文本.txt", Format.UNICODE_TEXT, StandardCharsets.UTF_16LE, null,
                "户号", "村民小组", "姓名", "与户主关系", "性别", "出生日期", "身份证号", "民族", "户口性质");
        text(l, "0501", "第二组", "彭德", MALE, "1968-01-01", HEAD, "户主", "汉族");
        text(l, "0501", "二组", "欧阳娜娜", FEMALE, "1970-02-02", SPOUSE, "妻子", "汉族");
        text(l, "0501", "2组", "彭小军", MALE, "1994-03-03", SON, "独生子", "汉族");
        text(l, "0502", "二组", "阿依古丽·买买提", FEMALE, "1972-04-04", HEAD, "户主", "维吾尔族");
        text(l, "0502", "二组", "买买提·艾力", MALE, "1971-05-05", SPOUSE, "丈夫", "维吾尔族");
        l.refuse("火星族", "0502", "二组", "艾", "外甥女婿", "女", "1990-13-01", "12345", "火星族", "农业");
        return l;
    }

    private static void text(CorpusLedger l, String household, String group, String name, Sex s, String born,
                             RelationToHead relation, String word, String ethnicity) {
        String id = l.id(d(born), s);
        l.accept(new Truth(id, name, s, d(born), relation, household), household, group, name, word, sex(s), born, id,
                ethnicity, "非农业");
    }

    /** 户号 written once in a cell merged down over the household's rows. */
    static CorpusLedger mergedHouseholdNumbers() {
        CorpusLedger l = new CorpusLedger("09-户号合并单元格.xlsx", Format.XLSX, null, "何家湾人口台账",
                "户号", "姓名", "与户主关系", "性别", "出生日期", "身份证号", "民族", "户口性质");
        String[][] he = {{"何大", "户主", "1960-01-01"}, {"何二", "妻", "1961-02-02"}, {"何三", "子", "1985-03-03"}};
        RelationToHead[] relations = {HEAD, SPOUSE, SON};
        for (int i = 0; i < he.length; i++) {
            Sex s = i == 1 ? FEMALE : MALE;
            String id = l.id(d(he[i][2]), s);
            l.accept(new Truth(id, he[i][0], s, d(he[i][2]), relations[i], "0601"), "0601", he[i][0], he[i][1], sex(s),
                    he[i][2], id, "汉族", "农业");
        }
        l.refuse("有两位户主", "0602", "谢一", "户主", "男", "1970-01-01", l.id(d("1970-01-01"), MALE), "汉族", "农业");
        l.refuse("有两位户主", "0602", "谢二", "户主", "男", "1972-01-01", l.id(d("1972-01-01"), MALE), "汉族", "农业");
        return l.merge(0, 2, 0).merge(3, 4, 0);
    }

    private static String wrongCheck(String id) {
        char right = id.charAt(17);
        return id.substring(0, 17) + (right == '1' ? '2' : '1');
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
        return out.toString();
    }
}
