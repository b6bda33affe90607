// Full-text search. The cjk analyzer indexes Chinese as overlapping character bigrams,
// so 联晟, 新能源 or 霍林 find 内蒙古霍林郭勒联晟新能源材料有限公司 without word
// segmentation; Latin text is tokenised as usual.
CREATE FULLTEXT INDEX enterprise_names IF NOT EXISTS FOR (e:Enterprise) ON EACH [e.name, e.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX link_names IF NOT EXISTS FOR (l:Link) ON EACH [l.name, l.nameEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX chain_names IF NOT EXISTS FOR (c:Chain) ON EACH [c.name, c.nameEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
