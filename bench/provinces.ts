/**
 * The 31 provincial-level regions of mainland China with their real GB/T 2260 codes and
 * names, and the real shape below them.
 *
 * `prefectures` and `counties` are the numbers of prefecture-level (地级: 地级市, 地区,
 * 自治州, 盟) and county-level (县级: 市辖区, 县级市, 县, 自治县, 旗, 特区, 林区)
 * divisions per province at the end of 2023, after 民政部《中华人民共和国行政区划统计表》
 * (2023-12-31) / 《2023年民政事业发展统计公报》: 333 prefecture-level and 2,844
 * county-level divisions nationally. The per-province county figures are recalled from
 * that table and may be off by one or two in a few provinces; they sum to 2,843.
 * `direct` counts county-level divisions directly under the province (省直辖县级: 济源,
 * 湖北's 仙桃/潜江/天门/神农架, 海南's 15, 新疆's XPCC cities); in the four
 * municipalities every district lies directly under the province.
 *
 * `weight` skews where synthetic enterprises go. It is roughly proportional to the
 * number of industrial enterprises above designated size (规模以上工业企业, thousands,
 * 国家统计局 2022); it is a rough shape for benchmarks, not a statistic to quote.
 */
export interface ProvinceSpec {
  code: string;
  name: string;
  /** Short name used as a prefix of enterprise names (江苏华鑫铝业有限公司). */
  short: string;
  prefectures: number;
  counties: number;
  direct: number;
  municipality: boolean;
  weight: number;
}

const P = (
  code: string,
  name: string,
  short: string,
  prefectures: number,
  counties: number,
  direct: number,
  weight: number,
): ProvinceSpec => ({ code, name, short, prefectures, counties, direct, municipality: prefectures === 0, weight });

export const PROVINCES: readonly ProvinceSpec[] = [
  P('110000', '北京市', '北京', 0, 16, 16, 3),
  P('120000', '天津市', '天津', 0, 16, 16, 5.5),
  P('130000', '河北省', '河北', 11, 167, 0, 17),
  P('140000', '山西省', '山西', 11, 117, 0, 7),
  P('150000', '内蒙古自治区', '内蒙古', 12, 103, 0, 3.5),
  P('210000', '辽宁省', '辽宁', 14, 100, 0, 9),
  P('220000', '吉林省', '吉林', 9, 60, 0, 3.5),
  P('230000', '黑龙江省', '黑龙江', 13, 121, 0, 4.3),
  P('310000', '上海市', '上海', 0, 16, 16, 9),
  P('320000', '江苏省', '江苏', 13, 95, 0, 57),
  P('330000', '浙江省', '浙江', 11, 90, 0, 55),
  P('340000', '安徽省', '安徽', 16, 104, 0, 20),
  P('350000', '福建省', '福建', 9, 84, 0, 20),
  P('360000', '江西省', '江西', 11, 100, 0, 16),
  P('370000', '山东省', '山东', 16, 136, 0, 35),
  P('410000', '河南省', '河南', 17, 157, 1, 23),
  P('420000', '湖北省', '湖北', 13, 103, 4, 17),
  P('430000', '湖南省', '湖南', 14, 122, 0, 19),
  P('440000', '广东省', '广东', 21, 122, 0, 72),
  P('450000', '广西壮族自治区', '广西', 14, 111, 0, 8),
  P('460000', '海南省', '海南', 4, 25, 15, 0.7),
  P('500000', '重庆市', '重庆', 0, 38, 38, 7.5),
  P('510000', '四川省', '四川', 21, 183, 0, 17),
  P('520000', '贵州省', '贵州', 9, 88, 0, 4.5),
  P('530000', '云南省', '云南', 16, 129, 0, 5),
  P('540000', '西藏自治区', '西藏', 7, 74, 0, 0.2),
  P('610000', '陕西省', '陕西', 10, 107, 0, 8),
  P('620000', '甘肃省', '甘肃', 14, 86, 0, 2.5),
  P('630000', '青海省', '青海', 8, 44, 0, 0.6),
  P('640000', '宁夏回族自治区', '宁夏', 5, 22, 0, 1.4),
  P('650000', '新疆维吾尔自治区', '新疆', 14, 106, 12, 3.9),
];
