# Mẫu biên bản hội nghị (nguồn của templates/bien-ban.docx; "npm run templates" dựng lại tệp .docx).
# Mỗi dòng "p <Kiểu> | <nội dung>" là một đoạn văn; {tên} là dữ liệu từ mô hình hiển thị;
# {#x}...{/x} lặp hoặc ẩn/hiện; đoạn chỉ chứa {#x} hoặc {/x} không được in ra.
# "table <độ rộng %>" ... "row", "cell", "end": bảng không viền; "row cantSplit": hàng không bị ngắt trang;
# "table header": bảng tiêu đề hai cột, độ rộng lấy từ hồ sơ định dạng (mục header).
# "DỰ THẢO" on a document that still lacks a required field: HD 36 lists the draft indication among the
# optional components; practice sets it bold at the top right of page 1, above the header, so it never
# mixes with the header's own lines and the header stays aligned with "ĐẢNG CỘNG SẢN VIỆT NAM".
p VkDraft | {#drafts.minutes.present}
p VkDraft | {drafts.minutes.mark}
p VkDraft | {/drafts.minutes.present}
table header
row
cell
# No paragraph at all when there is no superior line: the issuer then stands level with the party line.
p VkSuperior | {#header.superior}
p VkSuperior | {header.superior}
p VkSuperior | {/header.superior}
p VkIssuer | {header.issuer}
p VkStar | *
p VkNumber | {numbers.minutes}
cell
p VkPartyLine | ĐẢNG CỘNG SẢN VIỆT NAM
p VkPlaceDate | {header.placeDate}
end
p VkDocType | BIÊN BẢN
p VkSummary | {title}
p VkRule | -----
# Justified, but left-aligned while it holds a dotted blank: a justified line would stretch its spaces into gaps.
p VkBody | {^blanks.opening}
p VkBody | Hội nghị bắt đầu {time.opening}, {date.running}, tại {place.full}.
p VkBody | {/blanks.opening}
p VkBody | {#blanks.opening}
p VkBodyLeft | Hội nghị bắt đầu {time.opening}, {date.running}, tại {place.full}.
p VkBody | {/blanks.opening}
p VkBody | Đơn vị tổ chức: {organizer}{#host}; đơn vị đăng cai: {host}{/host}.
p VkBody | Chủ trì hội nghị: {presiding}.
p VkBody | Thư ký hội nghị: {secretary}.
p VkBody | {#materials.0}
p VkBody | Tài liệu sử dụng tại hội nghị:
p VkBody | {/materials.0}
p VkBody | {#materials}
p VkBody | - {.}
p VkBody | {/materials}
p VkHeading | I. THÀNH PHẦN THAM DỰ
p VkBody | {#attendance.list}
p VkBody | - {.}
p VkBody | {/attendance.list}
p VkBody | {#attendance.press.0}
p VkBody | Cơ quan báo chí:
p VkBody | {/attendance.press.0}
p VkBody | {#attendance.press}
p VkBody | - {.}
p VkBody | {/attendance.press}
p VkBody | {^attendance.any}
p VkBodyLeft | - {attendance.blank}
p VkBody | {/attendance.any}
p VkBody | {#attendance.absent.0}
p VkBody | Vắng mặt:
p VkBody | {/attendance.absent.0}
p VkBody | {#attendance.absent}
p VkBody | - {.}
p VkBody | {/attendance.absent}
p VkHeading | II. NỘI DUNG HỘI NGHỊ
p VkBody | {#sections.reports.show}
p VkHeading | {sections.reports.no}. Báo cáo tại hội nghị
p VkBody | {/sections.reports.show}
p VkBody | {#reports}
p VkBody | {lead}
p VkBody | {#summary}
p VkBody | - {.}
p VkBody | {/summary}
p VkBody | {/reports}
p VkBody | {#sections.results.show}
p VkHeading | {sections.results.no}. Kết quả đạt được {period}
p VkBody | {/sections.results.show}
p VkBody | {#results.indicators}
p VkBody | - {.}
p VkBody | {/results.indicators}
p VkBody | {#results.highlights}
p VkBody | - {.}
p VkBody | {/results.highlights}
p VkBody | {#sections.discussion.show}
p VkHeading | {sections.discussion.no}. Ý kiến thảo luận
p VkBody | {/sections.discussion.show}
p VkBody | {#discussion}
p VkBody | {lead}
p VkBody | {#items}
p VkBody | - {.}
p VkBody | {/items}
p VkBody | {/discussion}
p VkBody | {#sections.difficulties.show}
p VkHeading | {sections.difficulties.no}. Khó khăn, vướng mắc được nêu
p VkBody | {/sections.difficulties.show}
p VkBody | {#difficulties}
p VkBody | - {.}
p VkBody | {/difficulties}
p VkBody | {#sections.directives.show}
p VkHeading | {sections.directives.no}. {directivesTitle}
p VkBody | {/sections.directives.show}
p VkBody | {#directives}
p VkBody | {lead}
p VkBody | {#items}
p VkBody | - {.}
p VkBody | {/items}
p VkBody | {/directives}
p VkBody | {#sections.decisions.show}
p VkHeading | {sections.decisions.no}. Hội nghị thống nhất
p VkBody | {/sections.decisions.show}
p VkBody | {#decisions}
p VkBody | - {.}
p VkBody | {/decisions}
p VkBody | {#tasks.0}
p VkBody | Nhiệm vụ thời gian tới:
p VkBody | {/tasks.0}
p VkBody | {#tasks}
p VkBody | - {.}
p VkBody | {/tasks}
p VkBody | {#sections.emulation.show}
p VkHeading | {sections.emulation.no}. Kết quả bình xét thi đua, khen thưởng
p VkBody | {/sections.emulation.show}
p VkBody | {#emulation.assessment}
p VkBody | {emulation.assessment}
p VkBody | {/emulation.assessment}
p VkBody | {#emulation.lines}
p VkBody | - {.}
p VkBody | {/emulation.lines}
p VkBody | {#sections.elections.show}
p VkHeading | {sections.elections.no}. Bầu Cụm trưởng, Cụm phó năm {elections.year}
p VkBody | Hội nghị thống nhất bầu {elections.count} đơn vị lãnh đạo Cụm năm {elections.year}{elections.vote}: {elections.sentence}.
p VkBody | {/sections.elections.show}
p VkBody | {#sections.pledge.show}
p VkHeading | {sections.pledge.no}. Phát động thi đua, ký giao ước thi đua {pledge.period}
p VkBody | Hội nghị phát động phong trào thi đua {pledge.period}; {pledge.signatoryCount} đơn vị ký giao ước thi đua với {pledge.groupCount} nhóm nội dung{#pledge.theme}, chủ đề “{pledge.theme}”{/pledge.theme}.
p VkBody | {/sections.pledge.show}
p VkBody | Hội nghị kết thúc vào lúc {time.end} cùng ngày.
p VkClosing | Biên bản đã được đọc lại và thông qua tại hội nghị, lập thành {minutesCopies} bản./.
# The last line (VkClosing: keepNext, room after it) is kept with the signatures, no paragraph between: they never stand alone on a page.
# Signatures: the secretary left, the chair right, each with its authority line, position, room for the
# signature and seal, the name in bold. "Nơi nhận" under the left signature (12 pt; last line "- Lưu …").
table 50,50
row cantSplit
cell
p VkSignAuthority | {#signers.left.authority}
p VkSignAuthority | {signers.left.authority}
p VkSignTitle | {signers.left.title}
p VkSignAuthority | {/signers.left.authority}
p VkSignAuthority | {^signers.left.authority}
p VkSignAuthority | {signers.left.title}
p VkSignAuthority | {/signers.left.authority}
p VkSignSpace |
p VkSignName | {signers.left.name}
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
row cantSplit
cell
p VkRecipientsHead | Nơi nhận:
p VkRecipient | {#recipients.minutes}
p VkRecipient | - {.}
p VkRecipient | {/recipients.minutes}
cell
end
