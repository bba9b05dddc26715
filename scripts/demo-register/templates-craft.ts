// Product templates for handicrafts, ornamental plants and community tourism: Đông Triều
// ceramics, bamboo and rattan, Dao brocade, Hạ Long pearls, Yên Tử yellow apricot, orchids,
// homestays and tours.
import { ALL_TYPES, NO_ENTERPRISE, type ProductTemplate } from './template-types.js';

export const CRAFT_TEMPLATES: readonly ProductTemplate[] = [
  {
    id: 'gom', setNumber: 21, nameVi: 'Gốm Đông Triều', nameEn: 'Đông Triều ceramics', tier: 2, trade: 'Gốm',
    variants: [
      { vi: 'bộ ấm chén men rạn', en: 'crackle-glaze tea set', packaging: 'Hộp giấy cứng lót xốp, 1 ấm 6 chén', price: [450_000, 900_000] },
      { vi: 'bình hoa men lam cao 40 cm', en: 'blue-glaze vase, 40 cm', packaging: 'Thùng carton lót xốp', price: [600_000, 1_500_000] },
    ],
    descriptionVi: 'Gốm đất sét trắng Đông Triều, tạo hình thủ công, nung ở 1.250 °C; men rạn, men lam, men tro.',
    descriptionEn: 'Hand-formed Đông Triều white-clay ceramics fired at 1,250 °C, in crackle, blue and ash glazes.',
    storyVi: 'Làng gốm Đông Triều có lịch sử hàng trăm năm; xưởng của {brand} ở {village} kết hợp lò ga hiện đại với men truyền thống.',
    capacity: { unit: 'sản phẩm', min: 5_000, max: 80_000 }, areaHa: null, types: ALL_TYPES, certificates: ['other'], barcode: true,
  },
  {
    id: 'tre-may', setNumber: 21, nameVi: 'Đồ mây tre đan {place}', nameEn: '{place} bamboo and rattan ware', tier: 1, trade: 'Thủ công mỹ nghệ',
    variants: [
      { vi: 'bộ 3 giỏ', en: 'set of 3 baskets', packaging: 'Bó bằng dây đay, nhãn treo', price: [250_000, 450_000] },
      { vi: 'khay trà', en: 'tea tray', packaging: 'Túi vải bảo quản, nhãn treo', price: [120_000, 250_000] },
    ],
    descriptionVi: 'Giỏ, khay đan tay từ tre, giang, mây rừng đã xử lý chống mốc bằng phương pháp hun khói.',
    descriptionEn: 'Hand-woven baskets and trays of bamboo, giang cane and rattan, smoke-treated against mould.',
    storyVi: 'Nghề đan lát được người dân {village} giữ gìn qua nhiều thế hệ; năm {year} các hộ tập hợp lại để nhận đơn hàng lớn.',
    capacity: { unit: 'sản phẩm', min: 2_000, max: 20_000 }, areaHa: null, types: NO_ENTERPRISE, certificates: [], barcode: false,
  },
  {
    id: 'tho-cam', setNumber: 22, nameVi: 'Trang phục thổ cẩm người Dao Thanh Phán {place}', nameEn: '{place} Dao Thanh Phán brocade costume', tier: 2, trade: 'Thổ cẩm',
    variants: [
      { vi: 'bộ nữ', en: "women's set", packaging: 'Túi vải, nhãn treo', price: [1_500_000, 3_500_000] },
      { vi: 'túi xách thêu tay', en: 'hand-embroidered bag', packaging: 'Túi giấy, nhãn treo', price: [180_000, 350_000] },
    ],
    descriptionVi: 'Trang phục và phụ kiện thêu tay hoa văn truyền thống của người Dao Thanh Phán, chỉ màu nhuộm tự nhiên.',
    descriptionEn: 'Clothing and accessories hand-embroidered with traditional Dao Thanh Phán motifs in naturally dyed thread.',
    storyVi: 'Mỗi bộ trang phục mất 3–6 tháng thêu; các chị em thôn {village} cùng nhau dạy nghề cho con cháu và bán cho khách du lịch.',
    capacity: { unit: 'sản phẩm', min: 200, max: 3_000 }, areaHa: null, types: NO_ENTERPRISE, certificates: [], barcode: false,
  },
  {
    id: 'ngoc-trai', setNumber: 21, nameVi: 'Trang sức ngọc trai {place}', nameEn: '{place} pearl jewellery', tier: 3, trade: 'Ngọc trai',
    variants: [
      { vi: 'chuỗi vòng cổ', en: 'necklace', packaging: 'Hộp nhung có giấy kiểm định', price: [2_500_000, 9_000_000] },
      { vi: 'bông tai', en: 'earrings', packaging: 'Hộp nhung', price: [600_000, 1_800_000] },
    ],
    descriptionVi: 'Ngọc trai nước mặn nuôi cấy tại vịnh Bái Tử Long, chế tác thành trang sức bạc, vàng.',
    descriptionEn: 'Saltwater pearls cultured in Bái Tử Long Bay, set in silver and gold jewellery.',
    storyVi: 'Trại nuôi cấy ngọc của {brand} ở {village} mất 2–3 năm cho mỗi viên ngọc; du khách được tham quan quy trình cấy và thu hoạch.',
    capacity: { unit: 'sản phẩm', min: 3_000, max: 40_000 }, areaHa: [5, 50], types: ['enterprise'], certificates: ['other'], barcode: true,
  },
  {
    id: 'mai-vang', setNumber: 24, nameVi: 'Mai vàng Yên Tử', nameEn: 'Yên Tử yellow apricot blossom tree', tier: 2, trade: 'Sinh vật cảnh',
    variants: [
      { vi: 'chậu cây 3–5 năm tuổi', en: 'potted tree, 3–5 years old', packaging: 'Chậu sứ, giá đỡ vận chuyển', price: [1_500_000, 5_000_000] },
      { vi: 'cây giống ghép', en: 'grafted seedling', packaging: 'Bầu đất, túi bầu', price: [150_000, 300_000] },
    ],
    descriptionVi: 'Mai vàng Yên Tử hoa năm cánh, nở đúng Tết, được nhân giống bằng ghép mắt từ cây mẹ bản địa.',
    descriptionEn: 'Five-petal Yên Tử yellow apricot that blooms at Tết, grafted from native mother trees.',
    storyVi: 'Mai vàng Yên Tử gắn với vùng đất Phật giáo Trúc Lâm; vườn ươm của {brand} ở {village} được xây dựng từ năm {year}.',
    capacity: { unit: 'cây', min: 500, max: 10_000 }, areaHa: [1, 15], types: ALL_TYPES, certificates: [], barcode: false,
  },
  {
    id: 'lan', setNumber: 23, nameVi: 'Lan hồ điệp {place}', nameEn: '{place} moth orchids', tier: 1, trade: 'Hoa',
    variants: [{ vi: 'chậu 5 cành', en: 'pot of 5 stems', packaging: 'Chậu sứ, giỏ quà', price: [800_000, 2_000_000] }],
    descriptionVi: 'Lan hồ điệp trồng trong nhà kính điều khiển nhiệt độ, ra hoa dịp Tết.',
    descriptionEn: 'Moth orchids grown in climate-controlled greenhouses, flowering for Tết.',
    storyVi: 'Nhà kính trồng lan của {brand} ở {village} được đầu tư từ năm {year} với hệ thống tưới tự động.',
    capacity: { unit: 'chậu', min: 1_000, max: 20_000 }, areaHa: [0.5, 3], types: ALL_TYPES, certificates: [], barcode: false,
  },
  {
    id: 'du-lich', setNumber: 26, nameVi: 'Du lịch cộng đồng {village} {place}', nameEn: '{village} {place} community-based tourism', tier: 2, trade: 'Du lịch cộng đồng',
    variants: [
      { vi: 'tour trải nghiệm 1 ngày', en: 'one-day experience tour', packaging: 'Dịch vụ trọn gói (giá/người)', price: [500_000, 900_000] },
      { vi: 'homestay 2 ngày 1 đêm', en: 'two-day homestay', packaging: 'Dịch vụ trọn gói (giá/người)', price: [900_000, 1_500_000] },
    ],
    descriptionVi: 'Nghỉ tại nhà dân, ẩm thực địa phương, trải nghiệm lao động, văn hóa và cảnh quan của {place}.',
    descriptionEn: 'Stays in local homes, local food, and hands-on farming, culture and landscapes of {place}.',
    storyVi: 'Từ năm {year}, các hộ ở {village} cùng nhau làm du lịch cộng đồng: sửa nhà sàn, mở bếp ăn và đưa khách đi trải nghiệm.',
    capacity: { unit: 'lượt khách', min: 1_000, max: 15_000 }, areaHa: [1, 20], types: ['cooperative', 'cooperative_group', 'household', 'enterprise'], certificates: ['other'], barcode: false,
  },
];
