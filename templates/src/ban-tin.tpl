# Mẫu tin bài dạng Word (nguồn của templates/ban-tin.docx; "npm run templates" dựng lại tệp .docx).
# Nội dung tin lấy từ chính bản HTML (templates/ban-tin.hbs): mỗi khối một đoạn, mỗi loại khối một kiểu
# có tên "Vankien – Tin bài: …" để sửa trong Word.
p VkNewsBody | {#blocks}
p VkNewsBody | {#headline}
p VkNewsHeadline | {text}
p VkNewsBody | {/headline}
p VkNewsBody | {#subhead}
p VkNewsSubhead | {text}
p VkNewsBody | {/subhead}
p VkNewsBody | {#lead}
p VkNewsLead | {text}
p VkNewsBody | {/lead}
p VkNewsBody | {#body}
p VkNewsBody | {text}
p VkNewsBody | {/body}
p VkNewsBody | {#item}
p VkNewsItem | {text}
p VkNewsBody | {/item}
p VkNewsBody | {#figure}
p VkNewsFigure | {%image}
p VkNewsBody | {/figure}
p VkNewsBody | {#caption}
p VkNewsCaption | {text}
p VkNewsBody | {/caption}
p VkNewsBody | {#author}
p VkNewsAuthor | {text}
p VkNewsBody | {/author}
p VkNewsBody | {/blocks}
