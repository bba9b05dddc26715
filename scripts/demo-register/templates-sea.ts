// Product templates from the sea: Hạ Long squid cake, dried squid and shrimp, Vân Đồn peanut
// worms (sá sùng), Cái Rồng and other fish sauces, Quảng Yên oysters, geoducks, sea snails and
// fish cake.
import { ALL_TYPES, type ProductTemplate } from './template-types.js';

export const SEA_TEMPLATES: readonly ProductTemplate[] = [
  {
    id: 'cha-muc', setNumber: 8, nameVi: 'Chả mực Hạ Long', nameEn: 'Hạ Long squid cake', tier: 3, trade: 'Thủy sản',
    variants: [
      { vi: 'túi 500 g', en: '500 g pack', packaging: 'Túi hút chân không 500 g, bảo quản đông lạnh', price: [175_000, 225_000] },
      { vi: 'túi 1 kg', en: '1 kg pack', packaging: 'Túi hút chân không 1 kg, hộp xốp giữ lạnh', price: [350_000, 450_000] },
    ],
    descriptionVi: 'Chả mực giã tay từ mực mai, mực ống tươi đánh bắt ở vịnh Bái Tử Long; dai, giòn, ngọt tự nhiên.',
    descriptionEn: 'Squid cake pounded by hand from fresh cuttlefish and squid caught in Bái Tử Long Bay: springy, crunchy and naturally sweet.',
    storyVi: 'Nghề giã chả mực là nghề truyền thống của người Hạ Long; {brand} giữ cách giã tay bằng cối đá, chỉ dùng mực tươi trong ngày.',
    capacity: { unit: 'kg', min: 10_000, max: 150_000 }, areaHa: null, types: ALL_TYPES, certificates: ['food_safety', 'haccp', 'iso22000'], barcode: true,
  },
  {
    id: 'muc-kho', setNumber: 8, nameVi: 'Mực khô {place}', nameEn: '{place} dried squid', tier: 2, trade: 'Thủy sản',
    variants: [
      { vi: 'túi 500 g', en: '500 g bag', packaging: 'Túi hút chân không 500 g', price: [700_000, 1_100_000] },
      { vi: 'mực một nắng túi 1 kg', en: 'one-sun squid, 1 kg pack', packaging: 'Túi hút chân không 1 kg, bảo quản đông lạnh', price: [450_000, 650_000] },
    ],
    descriptionVi: 'Mực ống câu đêm, làm sạch, phơi nắng tự nhiên trên đảo; thịt dày, ngọt.',
    descriptionEn: 'Night-jigged squid, cleaned and sun-dried on the island: thick, sweet flesh.',
    storyVi: 'Ngư dân {place} ra khơi câu mực từ tháng 3 đến tháng 9; cơ sở của {brand} ở {village} thu mua và phơi mực ngay trong ngày.',
    capacity: { unit: 'kg', min: 2_000, max: 30_000 }, areaHa: null, types: ALL_TYPES, certificates: ['food_safety', 'haccp'], barcode: true,
  },
  {
    id: 'tom-kho', setNumber: 8, nameVi: 'Tôm khô {place}', nameEn: '{place} dried shrimp', tier: 1, trade: 'Thủy sản',
    variants: [{ vi: 'túi 500 g', en: '500 g bag', packaging: 'Túi zip 500 g trong hộp giấy', price: [450_000, 750_000] }],
    descriptionVi: 'Tôm biển luộc nước muối, sấy khô, bóc vỏ; màu đỏ tự nhiên, không phẩm màu.',
    descriptionEn: 'Sea shrimp boiled in brine, dried and peeled; naturally red, with no colouring.',
    storyVi: 'Tôm được đánh bắt ven bờ {place}; {brand} sấy bằng lò than kết hợp phơi nắng theo cách của ngư dân {village}.',
    capacity: { unit: 'kg', min: 1_000, max: 15_000 }, areaHa: null, types: ALL_TYPES, certificates: ['food_safety'], barcode: true,
  },
  {
    id: 'sa-sung', setNumber: 8, nameVi: 'Sá sùng khô {place}', nameEn: '{place} dried peanut worm (sá sùng)', tier: 3, trade: 'Thủy sản',
    variants: [
      { vi: 'hộp 100 g', en: '100 g box', packaging: 'Hộp giấy cứng, túi zip 100 g', price: [450_000, 650_000] },
      { vi: 'hộp 500 g', en: '500 g box', packaging: 'Hộp gỗ, túi hút chân không 500 g', price: [2_200_000, 3_200_000] },
    ],
    descriptionVi: 'Sá sùng đào trên bãi cát triều, lộn ruột, làm sạch, phơi và sấy khô; dùng nấu nước dùng, nướng, ngâm rượu.',
    descriptionEn: 'Peanut worms dug from tidal sand flats, turned out, cleaned, sun- and oven-dried; for broths, grilling or steeping.',
    storyVi: 'Sá sùng là “thần dược biển” của {place}; phụ nữ thôn {village} đào sá sùng theo con nước và sơ chế tại cơ sở của {brand}.',
    capacity: { unit: 'kg', min: 200, max: 3_000 }, areaHa: [20, 200], types: ALL_TYPES, certificates: ['food_safety', 'haccp'], barcode: true,
  },
  {
    id: 'ruou-sa-sung', setNumber: 15, nameVi: 'Rượu sá sùng {place}', nameEn: '{place} peanut-worm wine', tier: 1, trade: 'Thủy sản',
    variants: [{ vi: 'chai 500 ml', en: '500 ml bottle', packaging: 'Chai thủy tinh 500 ml, hộp giấy', price: [250_000, 400_000] }],
    descriptionVi: 'Rượu nếp ngâm sá sùng khô nướng thơm, ủ trên 6 tháng, 30 % vol.',
    descriptionEn: 'Glutinous rice spirit steeped with roasted dried peanut worms, aged over six months, 30 % vol.',
    storyVi: 'Từ nguồn sá sùng của {village}, {brand} phát triển sản phẩm rượu ngâm làm quà biếu cho khách du lịch.',
    capacity: { unit: 'lít', min: 1_000, max: 10_000 }, areaHa: null, types: ALL_TYPES, certificates: ['food_safety'], barcode: true,
  },
  {
    id: 'nuoc-mam-cai-rong', setNumber: 9, nameVi: 'Nước mắm Cái Rồng', nameEn: 'Cái Rồng fish sauce', tier: 3, trade: 'Nước mắm',
    variants: [
      { vi: 'chai 500 ml (40 độ đạm)', en: '500 ml bottle (40° N)', packaging: 'Chai thủy tinh 500 ml, hộp giấy', price: [120_000, 200_000] },
      { vi: 'can 2 lít (30 độ đạm)', en: '2 litre can (30° N)', packaging: 'Can nhựa HDPE 2 lít', price: [180_000, 280_000] },
    ],
    descriptionVi: 'Nước mắm cốt ủ chượp cá cơm tươi với muối biển trong thùng gỗ 12–18 tháng; màu cánh gián, vị đậm, hậu ngọt.',
    descriptionEn: 'First-press fish sauce fermented from fresh anchovies and sea salt in wooden vats for 12–18 months: amber, rich and sweet-finishing.',
    storyVi: 'Nghề làm nước mắm ở Cái Rồng đã có hàng trăm năm; {brand} vẫn ủ chượp trong thùng gỗ và phơi nắng tự nhiên.',
    capacity: { unit: 'lít', min: 20_000, max: 300_000 }, areaHa: null, types: ALL_TYPES, certificates: ['food_safety', 'haccp', 'iso22000'], barcode: true,
  },
  {
    id: 'nuoc-mam', setNumber: 9, nameVi: 'Nước mắm {place}', nameEn: '{place} fish sauce', tier: 2, trade: 'Nước mắm',
    variants: [
      { vi: 'chai 500 ml', en: '500 ml bottle', packaging: 'Chai thủy tinh 500 ml', price: [70_000, 150_000] },
      { vi: 'can 2 lít', en: '2 litre can', packaging: 'Can nhựa HDPE 2 lít', price: [150_000, 260_000] },
    ],
    descriptionVi: 'Nước mắm truyền thống từ cá cơm, cá trích và muối biển, ủ chượp trên 12 tháng, không chất điều vị.',
    descriptionEn: 'Traditional fish sauce from anchovies, herring and sea salt, fermented over twelve months, with no flavour enhancers.',
    storyVi: 'Các chum chượp của {brand} ở {village} được đặt dưới nắng gió biển {place}, đảo đều hằng ngày theo kinh nghiệm của người làng.',
    capacity: { unit: 'lít', min: 5_000, max: 100_000 }, areaHa: null, types: ALL_TYPES, certificates: ['food_safety'], barcode: true,
  },
  {
    id: 'hau', setNumber: 2, nameVi: 'Hàu sữa {place}', nameEn: '{place} milk oysters', tier: 2, trade: 'Thủy sản',
    variants: [
      { vi: 'sống (giá/kg)', en: 'live oysters (price per kg)', packaging: 'Túi lưới 5 kg, thùng xốp ướp đá', price: [30_000, 50_000] },
      { vi: 'thịt hàu đông lạnh túi 500 g', en: 'frozen oyster meat, 500 g pack', packaging: 'Túi hút chân không 500 g, cấp đông', price: [120_000, 180_000] },
    ],
    descriptionVi: 'Hàu Thái Bình Dương nuôi giàn treo ở vùng nước lợ cửa sông, béo, ngọt, vỏ mỏng.',
    descriptionEn: 'Pacific oysters raised on hanging rafts in estuarine waters: plump, sweet and thin-shelled.',
    storyVi: 'Vùng nuôi hàu ở {village} được cấp mã số vùng nuôi từ năm {year}; hàu được làm sạch bằng nước biển lọc trước khi xuất bán.',
    capacity: { unit: 'tấn', min: 50, max: 1_500 }, areaHa: [5, 150], types: ALL_TYPES, certificates: ['vietgap', 'food_safety'], barcode: false,
  },
  {
    id: 'tu-hai', setNumber: 2, nameVi: 'Tu hài Vân Đồn', nameEn: 'Vân Đồn geoduck', tier: 2, trade: 'Thủy sản',
    variants: [{ vi: 'sống (giá/kg)', en: 'live (price per kg)', packaging: 'Thùng xốp có sục khí hoặc ướp lạnh', price: [300_000, 450_000] }],
    descriptionVi: 'Tu hài nuôi đáy cát ở vùng biển sạch quanh các đảo, thịt giòn ngọt.',
    descriptionEn: 'Geoducks raised in sandy beds around the islands: crisp, sweet flesh.',
    storyVi: 'Nghề nuôi tu hài ở {village} phát triển từ năm {year}; {brand} ươm giống và nuôi theo quy trình khép kín.',
    capacity: { unit: 'tấn', min: 10, max: 200 }, areaHa: [3, 60], types: ALL_TYPES, certificates: ['vietgap'], barcode: false,
  },
  {
    id: 'oc-huong', setNumber: 2, nameVi: 'Ốc hương {place}', nameEn: '{place} spotted babylon sea snails', tier: 1, trade: 'Thủy sản',
    variants: [{ vi: 'sống (giá/kg)', en: 'live (price per kg)', packaging: 'Thùng xốp ướp lạnh có khay thông khí', price: [350_000, 500_000] }],
    descriptionVi: 'Ốc hương nuôi lồng đáy ở vùng biển trong, vỏ bóng, thịt giòn thơm.',
    descriptionEn: 'Spotted babylon snails raised in bottom cages in clear water: glossy shells and crisp, fragrant meat.',
    storyVi: 'Các hộ ở {village} chuyển từ khai thác tự nhiên sang nuôi ốc hương lồng đáy từ năm {year}.',
    capacity: { unit: 'tấn', min: 5, max: 80 }, areaHa: [2, 30], types: ALL_TYPES, certificates: ['vietgap'], barcode: false,
  },
  {
    id: 'cha-ca', setNumber: 8, nameVi: 'Chả cá {place}', nameEn: '{place} fish cake', tier: 1, trade: 'Thủy sản',
    variants: [{ vi: 'túi 500 g', en: '500 g pack', packaging: 'Túi hút chân không 500 g, bảo quản đông lạnh', price: [90_000, 160_000] }],
    descriptionVi: 'Chả cá thu, cá mối giã nhuyễn, rán vàng; không hàn the, không phẩm màu.',
    descriptionEn: 'Pounded mackerel and lizardfish cake, fried golden, with no borax or colouring.',
    storyVi: 'Chả cá là món quen thuộc của ngư dân {place}; {brand} đưa món ăn gia đình thành sản phẩm đóng gói từ năm {year}.',
    capacity: { unit: 'kg', min: 5_000, max: 60_000 }, areaHa: null, types: ALL_TYPES, certificates: ['food_safety', 'haccp'], barcode: true,
  },
];
