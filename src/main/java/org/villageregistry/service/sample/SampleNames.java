package org.villageregistry.service.sample;

import java.util.List;
import org.villageregistry.domain.person.Sex;

/**
 * Fictitious names: common surnames (with the ones whose pinyin needs the override table: 单 Shan, 曾 Zeng,
 * 解 Xie, 仇 Qiu, 区 Ou) and ordinary given names. A village has two large clans, as villages often do.
 */
final class SampleNames {
    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
            "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
            "单", "曾", "解", "仇", "区");
    private static final List<String> MALE = List.of(
            "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞",
            "建国", "建华", "国强", "志强", "海波", "永红", "春生", "德明", "文博", "子轩", "浩然", "宇航",
            "俊杰", "一鸣", "振华", "天佑", "家豪", "思远", "明轩", "保国", "长青", "福生", "金山");
    private static final List<String> FEMALE = List.of(
            "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "红", "梅", "兰", "琴", "萍",
            "秀英", "桂英", "玉兰", "淑珍", "春燕", "海燕", "丽华", "晓红", "雨涵", "欣怡", "梓涵", "诗琪",
            "子涵", "思琪", "佳怡", "可馨", "婉清", "翠花", "凤英", "秋菊", "美玲");
    private static final List<String> VILLAGES = List.of(
            "柳树村", "杏花村", "石桥村", "桃园村", "枣林村", "河湾村", "松岭村", "梨园村", "东坡村", "西岗村",
            "南洼村", "北庄村", "槐树村", "荷塘村", "竹园村", "李家庄村", "马家河村", "高台村", "青石村", "白杨村");

    private final SampleRandom random;
    private final String clanA;
    private final String clanB;

    SampleNames(SampleRandom random) {
        this.random = random;
        this.clanA = random.pick(SURNAMES);
        String b = random.pick(SURNAMES);
        this.clanB = b.equals(clanA) ? SURNAMES.get((SURNAMES.indexOf(b) + 1) % SURNAMES.size()) : b;
    }

    /** The surname of a family founded in this village. */
    String villageSurname() {
        double x = random.nextDouble();
        return x < 0.25 ? clanA : x < 0.40 ? clanB : random.pick(SURNAMES);
    }

    /** The surname of someone from outside (a bride marrying in, an incoming worker). */
    String outsideSurname() {
        return random.pick(SURNAMES);
    }

    String givenName(Sex sex) {
        return random.pick(sex == Sex.MALE ? MALE : FEMALE);
    }

    String fullName(String surname, Sex sex) {
        return surname + givenName(sex);
    }

    /** The fictitious name of the n-th village (1-based); past the list, a numbered name. */
    static String villageName(int n) {
        return n <= VILLAGES.size() ? VILLAGES.get(n - 1) : "第" + n + "村";
    }
}
