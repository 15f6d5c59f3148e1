# Mẫu thông báo kết luận hội nghị (nguồn của templates/thong-bao-ket-luan.docx; "npm run templates" dựng lại).
# Loại văn bản ví dụ: vankien không tạo nó cho tới khi dự án khai báo nó trong templates/documents.yaml
# (xem examples/them-loai-van-ban/documents.yaml và README, mục "Thêm loại văn bản"). Mẫu chỉ dùng mô hình
# hiển thị chung của mọi văn bản, cộng {draft.*}: trạng thái dự thảo của chính loại văn bản này.
# Thể thức theo HD 36 (formats.md §1): tên cơ quan ban hành và số, ký hiệu bên trái; "ĐẢNG CỘNG SẢN VIỆT NAM"
# và địa danh, ngày tháng bên phải; tên loại "THÔNG BÁO" và trích yếu; chữ ký với thẩm quyền; nơi nhận.
p VkDraft | {#draft.present}
p VkDraft | {draft.mark}
p VkDraft | {/draft.present}
table header
row
cell
p VkSuperior | {#header.superior}
p VkSuperior | {header.superior}
p VkSuperior | {/header.superior}
p VkIssuer | {header.issuer}
p VkStar | *
# The data gives no number for a notice: the number and symbol are left to fill by hand.
p VkNumber | Số ……-TB/……
cell
p VkPartyLine | ĐẢNG CỘNG SẢN VIỆT NAM
p VkPlaceDate | {header.placeDate}
end
p VkDocType | THÔNG BÁO
p VkSummary | Kết luận tại {titleInSentence}
p VkRule | -----
p VkBody | {^blanks.opening}
p VkBody | {organizer} tổ chức {titleInSentence} vào {date.running}, tại {place.full}.
p VkBody | {/blanks.opening}
p VkBody | {#blanks.opening}
p VkBodyLeft | {organizer} tổ chức {titleInSentence} vào {date.running}, tại {place.full}.
p VkBody | {/blanks.opening}
# The chair on a paragraph of its own: the opening, left-aligned while it holds a dotted blank, stays short.
p VkBody | Chủ trì hội nghị: {presiding}.
p VkBody | Hội nghị kết luận như sau:
p VkBody | {#directives}
p VkBody | {lead}
p VkBody | {#items}
p VkBody | - {.}
p VkBody | {/items}
p VkBody | {/directives}
p VkBody | {#decisions.0}
p VkBody | Hội nghị thống nhất:
p VkBody | {/decisions.0}
p VkBody | {#decisions}
p VkBody | - {.}
p VkBody | {/decisions}
p VkBody | {#tasks.0}
p VkBody | Nhiệm vụ thời gian tới:
p VkBody | {/tasks.0}
p VkBody | {#tasks}
p VkBody | - {.}
p VkBody | {/tasks}
p VkClosing | Đề nghị các đơn vị quán triệt và tổ chức thực hiện./.
# The chair signs (T/M …), with "Nơi nhận" under the left cell: the minutes' list, which ends with "- Lưu …".
table 50,50
row cantSplit
cell
p VkRecipientsHead | Nơi nhận:
p VkRecipient | {#recipients.minutes}
p VkRecipient | - {.}
p VkRecipient | {/recipients.minutes}
cell
p VkSignAuthority | {#signers.right.authority}
p VkSignAuthority | {signers.right.authority}
p VkSignTitle | {signers.right.title}
p VkSignAuthority | {/signers.right.authority}
p VkSignAuthority | {^signers.right.authority}
p VkSignAuthority | {signers.right.title}
p VkSignAuthority | {/signers.right.authority}
p VkSignSpace |
p VkSignName | {signers.right.name}
end
