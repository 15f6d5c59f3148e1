# Mẫu bản giao ước thi đua (nguồn của templates/giao-uoc.docx; "npm run templates" dựng lại tệp .docx).
# Cú pháp như bien-ban.tpl. Lưới chữ ký: mỗi hàng hai đơn vị, hàng không bị ngắt trang.
# "DỰ THẢO" as on the minutes (see bien-ban.tpl).
p VkDraft | {#drafts.pledge.present}
p VkDraft | {drafts.pledge.mark}
p VkDraft | {/drafts.pledge.present}
table header
row
cell
p VkSuperior | {#pledgeHeader.superior}
p VkSuperior | {pledgeHeader.superior}
p VkSuperior | {/pledgeHeader.superior}
p VkIssuer | {pledgeHeader.issuer}
p VkStar | *
p VkNumber | {#numbers.pledge}
p VkNumber | {numbers.pledge}
p VkNumber | {/numbers.pledge}
cell
p VkPartyLine | ĐẢNG CỘNG SẢN VIỆT NAM
p VkPlaceDate | {pledgeHeader.placeDate}
end
p VkDocType | BẢN GIAO ƯỚC THI ĐUA {pledge.periodCaps}
p VkSummary | {#cluster.present}
p VkSummary | {cluster.name}
p VkSummary | {/cluster.present}
p VkSummary | {#pledge.theme}
p VkSummary | Chủ đề: “{pledge.theme}”
p VkSummary | {/pledge.theme}
p VkRule | -----
p VkBody | {^blanks.intro}
p VkBody | Thực hiện {titleInSentence}, {date.running}, tại {place.full}, các đơn vị thống nhất ký giao ước thi đua {pledge.period} với những nội dung sau:
p VkBody | {/blanks.intro}
p VkBody | {#blanks.intro}
p VkBodyLeft | Thực hiện {titleInSentence}, {date.running}, tại {place.full}, các đơn vị thống nhất ký giao ước thi đua {pledge.period} với những nội dung sau:
p VkBody | {/blanks.intro}
p VkHeading | I. CĂN CỨ
p VkBody | {#pledge.basis}
p VkBody | - {.}
p VkBody | {/pledge.basis}
p VkHeading | II. MỤC ĐÍCH, YÊU CẦU
p VkBody | {#pledge.goals}
p VkBody | - {.}
p VkBody | {/pledge.goals}
p VkHeading | III. NỘI DUNG GIAO ƯỚC
p VkBody | {#pledge.groups}
p VkHeading | {no}. {title}
p VkBody | {#items}
p VkBody | - {.}
p VkBody | {/items}
p VkBody | {/pledge.groups}
p VkHeading | IV. TỔ CHỨC THỰC HIỆN
p VkBody | {#pledge.implementation}
p VkBody | - {.}
p VkBody | {/pledge.implementation}
p VkBody | {pledge.closing}
p VkSignHeading | ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC
# Rows of two blocks; every block prints its authority line (empty when none), so the signature lines
# of a row align. An odd last block is centred in a table of its own.
p VkSignUnit | {#pledge.hasPairs}
table 50,50
row cantSplit
cell
p VkSignUnit | {#pledge.pairs}{#left}{unit}
p VkSignAuthority | {authority}
p VkSignTitle | {title}
p VkSignSpace | {%signature}{%seal}
p VkSignName | {name}{/left}
cell
p VkSignUnit | {#right}{unit}
p VkSignAuthority | {authority}
p VkSignTitle | {title}
p VkSignSpace | {%signature}{%seal}
p VkSignName | {name}{/right}{/pledge.pairs}
end
p VkSignUnit | {/pledge.hasPairs}
p VkSignUnit | {#pledge.single}
table 25,50,25
row cantSplit
cell
cell
p VkSignUnit | {unit}
p VkSignAuthority | {authority}
p VkSignTitle | {title}
p VkSignSpace | {%signature}{%seal}
p VkSignName | {name}
cell
end
p VkSignUnit | {/pledge.single}
