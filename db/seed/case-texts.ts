// Deterministic demo texts for Jiangbin City cases. Pure data; keys are the category codes
// of ./city-data.ts. All places, names, phone numbers and emails are fictional.

export interface CaseText {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

export const CASE_TEXTS: Record<string, CaseText[]> = {
  // ---------------------------------------------------------------- urban
  "street-vending": [
    {
      titleZh: "东湖路菜市场门口流动摊贩占道",
      titleEn: "Hawkers blocking the road outside Donghu Road market",
      bodyZh:
        "每天早上6点到9点，东湖路菜市场门口两侧都是摆摊卖菜的，机动车道被占了一半，公交车都过不去。希望城管能定时来管一管。",
      bodyEn:
        "Every morning from 6 to 9 both sides of the road outside the Donghu Road market are full of vegetable stalls. Half the carriageway is taken and buses cannot get through. Please have the city inspectors come regularly.",
    },
    {
      titleZh: "夜市烧烤摊摆到人行道上",
      titleEn: "Night-market barbecue stalls on the pavement",
      bodyZh: "港口路38号到52号一段，晚上十几个烧烤摊把桌椅摆满人行道，行人只能走到马路上，很危险。",
      bodyEn:
        "Between 38 and 52 Gangkou Road more than ten barbecue stalls put their tables and chairs across the whole pavement at night. Pedestrians have to walk in the road, which is dangerous.",
    },
    {
      titleZh: "学校门口小吃摊堵塞通道",
      titleEn: "Snack carts blocking the school gate",
      bodyZh:
        "新华路实验小学放学时间，门口有五六辆三轮车卖小吃，接孩子的家长挤成一团。多次反映没人管，我的电话13812345678，可以联系我看现场。",
      bodyEn:
        "At home time outside Xinhua Road Experimental Primary School five or six tricycles sell snacks and parents are crammed together at the gate. I have reported this several times. My phone is 13812345678 if you want me to show you.",
    },
  ],
  "illegal-construction": [
    {
      titleZh: "顶楼住户在楼顶加盖彩钢房",
      titleEn: "Top-floor resident building a steel shed on the roof",
      bodyZh:
        "朝阳大街17号3栋顶楼住户最近在楼顶搭建彩钢板房，已经快封顶了。楼顶是公共部位，而且加重了楼板负担，请尽快制止。",
      bodyEn:
        "The top-floor resident of Block 3, 17 Chaoyang Street, is building a steel-panel room on the roof and it is nearly finished. The roof is a shared area and this adds load to the slab. Please stop it quickly.",
    },
    {
      titleZh: "一楼住户私自圈占绿地建院子",
      titleEn: "Ground-floor resident fencing off the green for a private yard",
      bodyZh: "桂园路桂花苑小区5栋一楼住户把楼前的公共绿地用砖墙围起来，还盖了一间小屋，其他居民意见很大。",
      bodyEn:
        "A ground-floor resident of Block 5 in Guihua Garden on Guiyuan Road has walled off the shared lawn in front of the block and built a small hut on it. Other residents are very unhappy.",
    },
    {
      titleZh: "沿街商铺违规扩建雨棚",
      titleEn: "Shop extending its canopy without permission",
      bodyZh: "解放东路108号的饭店把门前雨棚往外扩了三米多，用钢架固定在人行道上，已经影响通行。",
      bodyEn:
        "The restaurant at 108 Jiefang East Road has extended its canopy more than three metres out, with a steel frame bolted into the pavement. It now blocks people walking past.",
    },
  ],
  "rubbish-collection": [
    {
      titleZh: "小区垃圾三天没人清运",
      titleEn: "Rubbish not collected for three days",
      bodyZh: "南岸路翠湖小区东门的垃圾桶已经满了三天，垃圾堆到地上，天气热味道很大，还招苍蝇。",
      bodyEn:
        "The bins at the east gate of Cuihu Estate on Nan'an Road have been full for three days and rubbish is piled on the ground. In this heat the smell is awful and it attracts flies.",
    },
    {
      titleZh: "装修垃圾长期堆放在路边",
      titleEn: "Renovation debris dumped at the roadside for weeks",
      bodyZh: "渔港街22号旁边堆了一大堆装修垃圾，有碎砖和木板，一个多月了没人拉走。",
      bodyEn:
        "There is a big pile of renovation debris, broken bricks and boards, next to 22 Yugang Street. It has been there for over a month and nobody has taken it away.",
    },
    {
      titleZh: "垃圾分类桶破损，清运车不按时来",
      titleEn: "Sorting bins broken and the truck does not come on time",
      bodyZh: "科技园路人才公寓的分类垃圾桶盖子都坏了，清运车原来每天早上来，现在隔一天才来一次。",
      bodyEn:
        "The lids of the sorting bins at the Talent Apartments on Science Park Road are all broken, and the collection truck, which used to come every morning, now only comes every other day.",
    },
  ],
  "street-light": [
    {
      titleZh: "江南大道一段路灯全部不亮",
      titleEn: "Whole stretch of street lights out on Jiangnan Avenue",
      bodyZh: "江南大道从桂园路口到南岸路口约500米，路灯已经一周不亮了，晚上骑车回家很黑，担心出事。",
      bodyEn:
        "About 500 metres of Jiangnan Avenue, from the Guiyuan Road junction to the Nan'an Road junction, has had no street lights for a week. Cycling home at night is pitch dark and I worry about accidents.",
    },
    {
      titleZh: "路灯白天一直亮着",
      titleEn: "Street lights on all day",
      bodyZh: "新华路与高新大道交叉口附近的一排路灯白天也亮着，已经好几天了，浪费电。",
      bodyEn:
        "A row of street lights near the junction of Xinhua Road and Gaoxin Avenue has been on during the day for several days now. It is a waste of electricity.",
    },
    {
      titleZh: "路灯杆倾斜，灯罩脱落",
      titleEn: "Leaning lamp post with its cover hanging off",
      bodyZh: "海滨大道66号公交站旁边的路灯杆被车撞歪了，灯罩掉了一半挂在上面，怕砸到人。",
      bodyEn:
        "The lamp post beside the bus stop at 66 Haibin Avenue was hit by a vehicle and is leaning. The lamp cover is half hanging off and could fall on someone.",
    },
  ],
  "manhole-cover": [
    {
      titleZh: "人行道井盖丢失",
      titleEn: "Manhole cover missing on the pavement",
      bodyZh: "解放东路56号门口人行道上的井盖不见了，只用一个塑料桶盖着，晚上根本看不见，非常危险！",
      bodyEn:
        "The manhole cover on the pavement outside 56 Jiefang East Road is gone and there is only a plastic bucket over the hole. You cannot see it at night. Very dangerous!",
    },
    {
      titleZh: "井盖松动，车一压就响",
      titleEn: "Loose manhole cover bangs whenever a car drives over",
      bodyZh: "高新大道与科技园路路口的井盖松动了，车辆压过去哐哐响，半夜也吵，而且担心会翻起来。",
      bodyEn:
        "The manhole cover at the Gaoxin Avenue / Science Park Road junction is loose. It clangs every time a car hits it, even in the middle of the night, and it might flip up.",
    },
    {
      titleZh: "雨水井盖破裂下陷",
      titleEn: "Cracked storm-drain cover sinking",
      bodyZh: "南岸路翠湖小区西门外的雨水井盖裂成两半，已经往下陷了，昨天有个老人差点踩空。联系电话13987654321。",
      bodyEn:
        "The storm-drain cover outside the west gate of Cuihu Estate on Nan'an Road has split in two and is sinking. Yesterday an elderly man nearly stepped into it. Contact: 13987654321.",
    },
  ],
  "outdoor-ads": [
    {
      titleZh: "楼顶大型广告牌锈蚀严重",
      titleEn: "Large rooftop billboard badly rusted",
      bodyZh: "朝阳大街商业楼楼顶的大广告牌支架锈得厉害，有一块面板已经松了，刮大风的时候晃得很厉害。",
      bodyEn:
        "The frame of the big billboard on top of the commercial building on Chaoyang Street is badly rusted and one panel is loose. It sways a lot when it is windy.",
    },
    {
      titleZh: "商铺招牌摇摇欲坠",
      titleEn: "Shop sign about to fall",
      bodyZh: "港口路15号一家手机店的招牌一边已经脱落，斜挂在门头上，下面就是人行道。",
      bodyEn:
        "One side of the sign of a phone shop at 15 Gangkou Road has come off and it is hanging at an angle over the pavement.",
    },
    {
      titleZh: "天桥上乱挂横幅广告",
      titleEn: "Advertising banners hung all over the footbridge",
      bodyZh: "江南大道人行天桥两侧挂满了楼盘和培训班的横幅，有的已经破了，影响司机视线。",
      bodyEn:
        "Both sides of the Jiangnan Avenue footbridge are covered with banners for property sales and tutoring classes. Some are torn and they block drivers' view.",
    },
  ],
  greenery: [
    {
      titleZh: "行道树枝叶挡住窗户",
      titleEn: "Street tree branches blocking our windows",
      bodyZh: "东湖路29号楼前的几棵梧桐树长得太高，树枝伸到三楼窗户里，屋里白天都要开灯，请安排修剪。",
      bodyEn:
        "The plane trees in front of 29 Donghu Road have grown so tall that branches reach into third-floor windows. We need the lights on during the day. Please arrange pruning.",
    },
    {
      titleZh: "台风后倒伏的树还没清理",
      titleEn: "Trees blown down in the typhoon still not cleared",
      bodyZh: "海滨大道滨海公园门口有两棵树台风后倒在人行道上，已经三天了，行人只能绕行。",
      bodyEn:
        "Two trees fell across the pavement outside Binhai Park on Haibin Avenue during the typhoon. It has been three days and pedestrians still have to walk around them.",
    },
    {
      titleZh: "街心绿地杂草丛生",
      titleEn: "Roadside green space overgrown with weeds",
      bodyZh: "新华路中段的街心绿地很久没人打理，杂草比人还高，里面还有人扔垃圾，夏天蚊子特别多。",
      bodyEn:
        "The green space in the middle section of Xinhua Road has not been looked after for ages. The weeds are taller than a person, people dump rubbish in it and there are masses of mosquitoes in summer.",
    },
  ],
  "community-facilities": [
    {
      titleZh: "小区健身器材损坏",
      titleEn: "Broken fitness equipment in the estate",
      bodyZh: "桂园路桂花苑小区的健身器材有三件坏了，其中一个扭腰器的转盘掉了，小孩玩很容易受伤。",
      bodyEn:
        "Three pieces of the fitness equipment in Guihua Garden on Guiyuan Road are broken. The turntable has come off the waist-twister and children could easily get hurt.",
    },
    {
      titleZh: "社区活动室常年锁门",
      titleEn: "Community activity room always locked",
      bodyZh: "朝阳大街社区的老年活动室墙上写着每天开放，可是我们去了好几次都锁着门，问社区也说不清楚。",
      bodyEn:
        "The sign on the seniors' activity room in the Chaoyang Street community says it is open every day, but it has been locked every time we have gone. The community office cannot explain why.",
    },
    {
      titleZh: "小区内道路坑洼、座椅损坏",
      titleEn: "Potholed paths and broken benches in the estate",
      bodyZh: "渔港街渔港新村里的小路坑坑洼洼，下雨就积水，路边的长椅也坏了好几张，希望纳入社区维修计划。",
      bodyEn:
        "The paths inside Yugang New Village on Yugang Street are full of holes that fill with water when it rains, and several benches are broken. Please add this to the community repair plan.",
    },
  ],

  // ---------------------------------------------------------------- housing
  "property-mgmt": [
    {
      titleZh: "物业收费不公示，服务差",
      titleEn: "Property company does not publish charges and service is poor",
      bodyZh: "翠湖小区物业费每年都涨，但从来不公示收支，楼道卫生一周才打扫一次，门禁坏了两个月也不修。",
      bodyEn:
        "The management fee at Cuihu Estate goes up every year but the accounts are never published. Stairwells are cleaned once a week and the entry system has been broken for two months.",
    },
    {
      titleZh: "物业擅自占用公共车位收费",
      titleEn: "Property company charging for parking on shared land",
      bodyZh: "高新大道88号锦绣华庭物业把小区公共道路划成车位出租，收入去向不明，业主要求公开账目被拒绝。",
      bodyEn:
        "The property company at Jinxiu Huating, 88 Gaoxin Avenue, has painted parking bays on the estate's shared roads and rents them out. Nobody knows where the money goes and they refused our request to see the accounts.",
    },
    {
      titleZh: "物业以欠费为由停水停电",
      titleEn: "Property company cutting water and power over unpaid fees",
      bodyZh:
        "我家因为对物业服务不满暂缓交费，物业就把我家的水电停了，家里有老人。请问物业有权这样做吗？邮箱 liu.fang@example.com。",
      bodyEn:
        "We held back our management fee because of poor service and the property company cut off our water and electricity. There is an elderly person living with us. Are they allowed to do this? Email: liu.fang@example.com.",
    },
  ],
  "elevator-fault": [
    {
      titleZh: "电梯又困人了",
      titleEn: "People trapped in the lift again",
      bodyZh:
        "东湖路29号2单元电梯今天早上又困人，这个月已经第三次了，物业说维保单位下午才能来。楼里很多老人，请尽快处理！",
      bodyEn:
        "The lift in Unit 2, 29 Donghu Road, trapped people again this morning, the third time this month. The property company says the maintenance firm cannot come until the afternoon. Lots of elderly people live here. Please act quickly!",
    },
    {
      titleZh: "电梯停运一周无人维修",
      titleEn: "Lift out of service for a week",
      bodyZh: "江南大道168号18层高楼的唯一一部电梯停了一周了，我母亲住16楼，腿脚不好，已经一周下不了楼。",
      bodyEn:
        "The only lift in the 18-storey block at 168 Jiangnan Avenue has been out of service for a week. My mother lives on the 16th floor, cannot manage the stairs and has not been out for a week.",
    },
    {
      titleZh: "电梯运行异响、年检过期",
      titleEn: "Lift making strange noises and inspection overdue",
      bodyZh: "锦绣华庭5栋电梯运行时有很大的摩擦声，轿厢里的检验合格证显示已经过期四个月了。",
      bodyEn:
        "The lift in Block 5 of Jinxiu Huating makes a loud grinding noise and the inspection certificate in the car expired four months ago.",
    },
  ],
  "maintenance-fund": [
    {
      titleZh: "屋顶漏水申请动用维修资金很难",
      titleEn: "Hard to use the maintenance fund for a leaking roof",
      bodyZh:
        "我们楼屋顶防水层老化，顶楼三户漏水严重，想申请维修资金，但要三分之二业主签字，实在凑不齐，有没有应急使用的办法？",
      bodyEn:
        "The roof waterproofing on our block has failed and three top-floor flats leak badly. To use the maintenance fund we need signatures from two thirds of owners, which we cannot get. Is there an emergency procedure?",
    },
    {
      titleZh: "查询个人维修资金余额",
      titleEn: "How to check my maintenance fund balance",
      bodyZh: "我2012年在桂园路买的房子，交过住宅专项维修资金，想查一下账户余额和使用记录，在哪里可以查？",
      bodyEn:
        "I bought a flat on Guiyuan Road in 2012 and paid into the housing maintenance fund. Where can I check the balance and how it has been spent?",
    },
    {
      titleZh: "维修资金使用后未公示",
      titleEn: "Maintenance fund spending not published",
      bodyZh: "小区去年用维修资金更换了消防水泵，花了二十多万，但一直没有公示明细，业主怀疑价格虚高。",
      bodyEn:
        "Last year our estate used the maintenance fund to replace the fire pump at a cost of over 200,000 yuan, but the breakdown was never published and owners suspect the price was inflated.",
    },
  ],
  "new-home-quality": [
    {
      titleZh: "新房交付后墙体开裂",
      titleEn: "Walls cracking after handover of new flat",
      bodyZh: "我在海滨大道滨海湾项目买的新房，交房不到半年客厅墙面出现多条裂缝，开发商一直推给施工方，没人来修。",
      bodyEn:
        "I bought a new flat in the Binhai Bay development on Haibin Avenue. Less than six months after handover the living-room walls have several cracks. The developer keeps passing it to the builder and nobody comes to fix it.",
    },
    {
      titleZh: "卫生间渗水到楼下",
      titleEn: "Bathroom leaking into the flat below",
      bodyZh: "新房卫生间防水没做好，水渗到楼下邻居家，开发商说过了保修期，但交房才一年多。",
      bodyEn:
        "The bathroom waterproofing in our new flat is faulty and water is seeping into the neighbour's flat below. The developer says the warranty has ended, but we only got the keys a little over a year ago.",
    },
    {
      titleZh: "交房标准与合同不符",
      titleEn: "Flat not finished to the contract specification",
      bodyZh:
        "合同写的是精装修交付，品牌门窗和地暖，实际交房门窗换成了杂牌，地暖也没有安装，请主管部门督促开发商整改。",
      bodyEn:
        "Our contract promised a fully fitted flat with branded windows and underfloor heating. At handover the windows were a cheap brand and there was no underfloor heating. Please make the developer put this right.",
    },
  ],
  "rental-dispute": [
    {
      titleZh: "房东拒不退还押金",
      titleEn: "Landlord refuses to return deposit",
      bodyZh: "我租住南岸路45号的房子，合同到期正常退租，房子也没有损坏，但房东一直拖着不退3000元押金。",
      bodyEn:
        "I rented a flat at 45 Nan'an Road and moved out normally when the lease ended, with no damage, but the landlord keeps putting off returning my 3,000 yuan deposit.",
    },
    {
      titleZh: "中介隐瞒房屋问题",
      titleEn: "Letting agent hid problems with the flat",
      bodyZh: "通过中介租的房子，入住后才发现热水器坏了、墙面发霉，中介签约时都没告知，现在要退租还要扣违约金。",
      bodyEn:
        "After moving into a flat rented through an agent I found the water heater broken and mould on the walls, none of which the agent disclosed. Now they want a penalty if I leave early.",
    },
    {
      titleZh: "二房东群租，隔断过多",
      titleEn: "Sub-landlord cramming tenants into partitioned rooms",
      bodyZh: "科技园路12号楼有一套房子被二房东隔成了八间出租，楼道里堆满东西，进出人员复杂，存在安全隐患。",
      bodyEn:
        "A flat in the building at 12 Science Park Road has been divided into eight rooms by a sub-landlord. The stairwell is full of clutter and lots of strangers come and go. It is unsafe.",
    },
  ],
  "old-community-renovation": [
    {
      titleZh: "申请纳入老旧小区改造计划",
      titleEn: "Request to include our estate in the renovation programme",
      bodyZh: "我们小区是上世纪90年代建的，外墙脱落、管网老化、没有停车位，居民都希望纳入今年的老旧小区改造计划。",
      bodyEn:
        "Our estate was built in the 1990s. The facades are crumbling, the pipes are old and there is no parking. Residents all hope it can be included in this year's old-compound renovation programme.",
    },
    {
      titleZh: "加装电梯低层住户不同意",
      titleEn: "Ground-floor owners blocking a retrofit lift",
      bodyZh: "我们单元想加装电梯，楼上住户都同意了，一楼二楼不同意，协商了一年多没有结果，社区能否帮忙协调？",
      bodyEn:
        "Our stairwell wants to install a lift. Everyone upstairs agrees but the first and second floors do not. We have negotiated for over a year without result. Can the community help mediate?",
    },
    {
      titleZh: "改造工程施工质量差",
      titleEn: "Poor workmanship in the renovation works",
      bodyZh:
        "小区改造刚刷完的外墙涂料一下雨就掉，新铺的路面也裂了，施工队干完就走了，居民联系不上。联系人电话13600001111。",
      bodyEn:
        "The paint on the newly renovated facades washes off in the rain and the newly laid paths have cracked. The contractor has left and residents cannot reach them. Contact phone 13600001111.",
    },
  ],
  "expropriation-compensation": [
    {
      titleZh: "征收补偿标准低于周边",
      titleEn: "Compensation lower than for nearby projects",
      bodyZh: "港口路片区旧城改造，给我们的征收补偿标准明显低于旁边渔港街项目，评估报告也没有给我们看。",
      bodyEn:
        "In the Gangkou Road redevelopment our compensation rate is clearly lower than for the Yugang Street project next door, and we have not been shown the valuation report.",
    },
    {
      titleZh: "安置房迟迟不能交付",
      titleEn: "Resettlement flats still not delivered",
      bodyZh: "我家2019年签的拆迁协议，说好三年交付安置房，现在已经过了两年多还没交房，过渡费也停发了。",
      bodyEn:
        "We signed our relocation agreement in 2019 with a promise of a resettlement flat within three years. It is now more than two years past that, there is still no flat and the temporary housing allowance has stopped.",
    },
    {
      titleZh: "未签协议就被断水断电",
      titleEn: "Water and power cut before we signed anything",
      bodyZh: "我们还在和征收部门协商，还没有签协议，施工方就把我们这几户的水电断了，逼我们搬走。",
      bodyEn:
        "We are still negotiating with the expropriation office and have signed nothing, yet the contractor has cut off water and power to our few households to force us out.",
    },
  ],
  "property-registration": [
    {
      titleZh: "购房十年办不了房产证",
      titleEn: "Ten years after buying, still no title deed",
      bodyZh: "我2014年在江南大道买的房子，开发商一直没有办理首次登记，到现在我们几百户都拿不到不动产权证书。",
      bodyEn:
        "I bought a flat on Jiangnan Avenue in 2014. The developer never completed the initial registration and several hundred households still cannot get their property certificates.",
    },
    {
      titleZh: "继承房产过户材料要求不明",
      titleEn: "Unclear documents for transferring an inherited home",
      bodyZh: "父亲去世后想把房子过户到我名下，窗口说要公证，又说可以不公证，来回跑了三趟，能否一次性告知要哪些材料？",
      bodyEn:
        "After my father died I want to transfer his flat to my name. The counter said I need notarisation, then said I do not. I have been three times. Can you tell me all the documents at once?",
    },
    {
      titleZh: "不动产登记预约号太难抢",
      titleEn: "Impossible to get a registration appointment",
      bodyZh: "网上预约不动产登记一直显示约满，连续两周都约不到，交易时间都要耽误了。我的邮箱 zhangwei88@example.com。",
      bodyEn:
        "Online booking for property registration has shown fully booked for two weeks in a row and the sale deadline is slipping. My email is zhangwei88@example.com.",
    },
  ],
  "planning-approval": [
    {
      titleZh: "新建楼盘挡住老小区日照",
      titleEn: "New tower block blocking sunlight to our old estate",
      bodyZh: "东湖路南侧在建的高层离我们楼不到30米，建成后我们楼冬天基本晒不到太阳，请问规划审批时有没有做日照分析？",
      bodyEn:
        "The tower under construction on the south side of Donghu Road is less than 30 metres from our block. Once finished we will get almost no winter sun. Was a sunlight analysis done when the plan was approved?",
    },
    {
      titleZh: "规划中的学校用地被改成商业",
      titleEn: "Land reserved for a school rezoned for commercial use",
      bodyZh: "高新区控规里原本规划的小学用地，现在公示变成了商业用地，周边几万居民孩子上学怎么办？",
      bodyEn:
        "A plot earmarked for a primary school in the Gaoxin area's detailed plan has now been published as commercial land. Where will the children of tens of thousands of residents go to school?",
    },
    {
      titleZh: "询问小区旁地块规划用途",
      titleEn: "What is planned for the vacant plot next to our estate?",
      bodyZh: "桂园路和江南大道交叉口东北角那块空地围挡好几年了，想了解一下规划用途，会不会建垃圾中转站？",
      bodyEn:
        "The vacant plot on the north-east corner of Guiyuan Road and Jiangnan Avenue has been hoarded off for years. What is it planned for? Will it be a waste transfer station?",
    },
  ],

  // ---------------------------------------------------------------- transport
  "bus-service": [
    {
      titleZh: "建议增开早高峰公交班次",
      titleEn: "Please add morning rush-hour buses",
      bodyZh: "18路公交早上7点到8点半间隔太长，经常20分钟一班，到了南岸路站根本挤不上去，建议高峰期加密班次。",
      bodyEn:
        "Between 7 and 8:30 in the morning route 18 often runs only every 20 minutes and by the Nan'an Road stop you cannot get on. Please run more buses at peak times.",
    },
    {
      titleZh: "公交司机不等乘客站稳就开车",
      titleEn: "Bus driver pulls away before passengers are steady",
      bodyZh: "今天上午10点左右乘坐9路公交（车牌尾号352），司机开车很猛，老人还没坐好就急刹急起，差点摔倒。",
      bodyEn:
        "Around 10 this morning on route 9 (plate ending 352) the driver drove very roughly, braking and accelerating hard before an elderly passenger had sat down. She nearly fell.",
    },
    {
      titleZh: "公交站台拆除后未恢复",
      titleEn: "Bus stop removed and never put back",
      bodyZh: "科技园路修路时把公交站台拆了，路修好两个月了站台还没恢复，下雨天等车只能淋雨。",
      bodyEn:
        "The bus shelter on Science Park Road was taken down during road works. The road was finished two months ago but the shelter has not been rebuilt and we stand in the rain.",
    },
  ],
  "taxi-service": [
    {
      titleZh: "出租车火车站拒载",
      titleEn: "Taxi refused fare at the railway station",
      bodyZh: "昨晚11点在火车站出租车候车区，司机嫌路近拒绝拉我到东湖路，车牌号江B·T1234。",
      bodyEn:
        "At 11 last night at the station taxi rank the driver refused to take me to Donghu Road because it was too short a trip. Plate number Jiang B·T1234.",
    },
    {
      titleZh: "网约车司机故意绕路",
      titleEn: "Ride-hailing driver took a long detour",
      bodyZh: "从高新大道打网约车去机场，司机不按导航走，多绕了十几公里，多收了四十多元，平台客服不处理。",
      bodyEn:
        "I took a ride-hailing car from Gaoxin Avenue to the airport. The driver ignored the navigation, added more than ten kilometres and charged over 40 yuan extra. The platform's customer service will not deal with it.",
    },
    {
      titleZh: "出租车不打表一口价",
      titleEn: "Taxi refusing to use the meter",
      bodyZh: "在港口路客运码头打车，司机都不打表，张口就要50元，实际打表也就20元左右。",
      bodyEn:
        "At the Gangkou Road ferry terminal taxi drivers will not use the meter and demand a flat 50 yuan, when the metered fare is around 20.",
    },
  ],
  "road-damage": [
    {
      titleZh: "主干道出现大坑",
      titleEn: "Big pothole on the main road",
      bodyZh: "解放东路往东方向靠近朝阳大街路口的车道上有一个大坑，直径快一米了，已经有电动车摔倒。",
      bodyEn:
        "There is a pothole almost a metre across in the eastbound lane of Jiefang East Road near the Chaoyang Street junction. E-bike riders have already come off.",
    },
    {
      titleZh: "道路开挖后回填不平",
      titleEn: "Road left uneven after trench was filled",
      bodyZh: "海滨大道前段时间挖开铺管道，回填后路面高低不平，车开过去颠得厉害，晚上尤其危险。",
      bodyEn:
        "Haibin Avenue was dug up recently for pipes. The trench was filled but the surface is uneven, cars jolt over it and it is especially dangerous at night.",
    },
    {
      titleZh: "人行道砖松动翘起",
      titleEn: "Loose paving slabs on the pavement",
      bodyZh: "桂园路小学门口的人行道砖大面积松动，一踩就溅泥水，孩子上学经常摔跤。",
      bodyEn:
        "A large area of paving outside Guiyuan Road Primary School is loose. Every step splashes muddy water and children often trip on the way to school.",
    },
  ],
  "traffic-signal": [
    {
      titleZh: "路口红绿灯不亮",
      titleEn: "Traffic lights out at a junction",
      bodyZh: "新华路与高新大道路口的信号灯从今天早上开始就不亮了，车辆抢行，非常混乱。",
      bodyEn:
        "The traffic lights at the Xinhua Road / Gaoxin Avenue junction have been out since this morning. Vehicles are forcing their way through and it is chaos.",
    },
    {
      titleZh: "人行绿灯时间太短",
      titleEn: "Pedestrian green phase too short",
      bodyZh: "江南大道人民医院门口的人行横道绿灯只有15秒，路有六车道宽，老人和病人根本走不过去。",
      bodyEn:
        "The pedestrian green at the crossing outside the People's Hospital on Jiangnan Avenue lasts only 15 seconds. The road is six lanes wide and elderly people and patients cannot make it across.",
    },
    {
      titleZh: "左转信号配时不合理",
      titleEn: "Badly timed left-turn signal",
      bodyZh: "港口路与海滨大道路口左转灯只有十几秒，晚高峰左转车辆排队到上一个路口，建议优化配时。",
      bodyEn:
        "The left-turn arrow at Gangkou Road and Haibin Avenue lasts only a dozen seconds. In the evening rush the queue backs up to the previous junction. Please retime it.",
    },
  ],
  "illegal-parking": [
    {
      titleZh: "车辆长期占用消防通道",
      titleEn: "Cars permanently parked in the fire lane",
      bodyZh: "锦绣华庭小区东侧消防通道每天晚上停满私家车，真出了火情消防车根本进不来。",
      bodyEn:
        "The fire lane on the east side of Jinxiu Huating is full of private cars every night. If there were a fire the engines could not get in.",
    },
    {
      titleZh: "学校门口违停堵路",
      titleEn: "Illegal parking at the school gate blocks the road",
      bodyZh: "每天下午4点半左右，朝阳大街第二中学门口双排停车，整条路堵死，希望交警高峰时段来执勤。",
      bodyEn:
        "Around 4:30 every afternoon cars double-park outside No. 2 Middle School on Chaoyang Street and the whole road jams. Please send traffic police at that time.",
    },
    {
      titleZh: "僵尸车占用车位",
      titleEn: "Abandoned car occupying a parking space",
      bodyZh: "渔港街10号楼下有一辆白色面包车停了一年多没动过，轮胎都瘪了，上面全是灰。",
      bodyEn:
        "A white van below 10 Yugang Street has not moved in over a year. The tyres are flat and it is covered in dust.",
    },
  ],
  "shared-bikes": [
    {
      titleZh: "地铁口共享单车堆成山",
      titleEn: "Mountain of shared bikes at the metro exit",
      bodyZh: "地铁东湖路站B出口每天早上共享单车堆得满满的，盲道和出口都被堵了，推轮椅根本过不去。",
      bodyEn:
        "Every morning exit B of Donghu Road metro station is piled with shared bikes. The tactile paving and the exit are blocked and a wheelchair cannot get through.",
    },
    {
      titleZh: "损坏单车长期无人回收",
      titleEn: "Broken shared bikes never collected",
      bodyZh: "南岸路滨江绿道边上扔了十几辆坏掉的共享单车，有的已经生锈，企业一直不来回收。",
      bodyEn:
        "More than ten broken shared bikes have been dumped along the riverside greenway on Nan'an Road, some already rusting. The operators never come to collect them.",
    },
    {
      titleZh: "建议增设单车停放区",
      titleEn: "Please add more bike parking bays",
      bodyZh: "科技园路写字楼集中，但单车停放区只有一个，建议在路口多划几个停车框。",
      bodyEn:
        "Science Park Road is full of office buildings but has only one bike parking bay. Please mark out a few more near the junctions.",
    },
  ],

  // ---------------------------------------------------------------- environment
  "noise-nuisance": [
    {
      titleZh: "广场舞音响声音太大",
      titleEn: "Square-dancing speakers far too loud",
      bodyZh: "桂花苑小区门口广场每天晚上7点到9点半跳广场舞，音响开得特别响，家里孩子没法写作业。",
      bodyEn:
        "Every evening from 7 to 9:30 the square outside Guihua Garden has square dancing with the speakers turned right up. My child cannot do homework.",
    },
    {
      titleZh: "楼下酒吧深夜噪音",
      titleEn: "Late-night noise from the bar downstairs",
      bodyZh: "朝阳大街45号楼下新开的酒吧每天营业到凌晨两三点，音乐声和客人喧哗声很大，根本睡不着。电话18611112222。",
      bodyEn:
        "The new bar below 45 Chaoyang Street stays open until 2 or 3 a.m. every night. The music and the shouting are so loud we cannot sleep. Phone 18611112222.",
    },
    {
      titleZh: "商铺门口喇叭循环叫卖",
      titleEn: "Shop loudspeaker repeating adverts all day",
      bodyZh: "新华路一家水果店门口的喇叭从早到晚循环播放促销广告，声音很大，对面楼都能听见。",
      bodyEn:
        "A fruit shop on Xinhua Road has a loudspeaker outside playing the same advert from morning to night. You can hear it in the building opposite.",
    },
  ],
  "construction-noise": [
    {
      titleZh: "工地夜间违规施工",
      titleEn: "Building site working through the night",
      bodyZh: "东湖路南侧在建楼盘工地，最近每天晚上都施工到凌晨一两点，打桩声、渣土车声吵得整栋楼没法休息。",
      bodyEn:
        "The building site on the south side of Donghu Road has been working until 1 or 2 a.m. every night. Piling and lorries keep our whole block awake.",
    },
    {
      titleZh: "地铁施工夜间噪声",
      titleEn: "Night-time noise from metro construction",
      bodyZh: "高新大道地铁站施工，晚上10点以后还在切割钢筋，请问有没有夜间施工许可？有的话能否公示？",
      bodyEn:
        "At the Gaoxin Avenue metro works they are still cutting steel after 10 p.m. Do they have a night-work permit? If so, can it be published?",
    },
    {
      titleZh: "周末清早装修施工",
      titleEn: "Renovation work early on weekend mornings",
      bodyZh: "隔壁楼在做外墙改造，周六周日早上6点就开始电钻，物业说是施工方的事。",
      bodyEn:
        "The next block is having its facade redone and the drilling starts at 6 a.m. on Saturdays and Sundays. The property company says it is the contractor's business.",
    },
  ],
  "air-pollution": [
    {
      titleZh: "工厂夜间偷排刺鼻废气",
      titleEn: "Factory releasing acrid fumes at night",
      bodyZh: "港口路工业园区一家化工厂晚上经常排放刺鼻气味，附近居民关窗都能闻到，嗓子很不舒服。",
      bodyEn:
        "A chemical plant in the Gangkou Road industrial park often releases an acrid smell at night. Nearby residents can smell it with the windows shut and our throats hurt.",
    },
    {
      titleZh: "露天焚烧垃圾",
      titleEn: "Open burning of rubbish",
      bodyZh: "江南大道尽头的空地上经常有人焚烧垃圾和塑料，黑烟飘到小区里，味道很难闻。",
      bodyEn:
        "People often burn rubbish and plastic on the waste ground at the end of Jiangnan Avenue. The black smoke drifts into our estate and smells terrible.",
    },
    {
      titleZh: "渣土车扬尘严重",
      titleEn: "Heavy dust from spoil lorries",
      bodyZh: "解放东路每天晚上渣土车来往不断，车厢没有覆盖，路面全是泥土，白天车一过尘土飞扬。",
      bodyEn:
        "Spoil lorries run along Jiefang East Road all night with uncovered loads. The road is caked in mud and every passing vehicle raises clouds of dust in the day.",
    },
  ],
  "water-pollution": [
    {
      titleZh: "河道发黑发臭",
      titleEn: "River has turned black and stinks",
      bodyZh: "南岸路段的江滨河最近水变黑了，还漂着死鱼，走在河边臭味很重。",
      bodyEn:
        "The Jiangbin River along Nan'an Road has turned black and there are dead fish floating in it. The smell on the riverside path is very strong.",
    },
    {
      titleZh: "雨水管排出污水",
      titleEn: "Sewage coming out of a storm drain",
      bodyZh: "渔港街东头的雨水排口不下雨也一直在排水，水是灰白色的，有泡沫，直接流进海湾。",
      bodyEn:
        "The storm outfall at the east end of Yugang Street discharges even when it is not raining. The water is greyish-white and foamy and runs straight into the bay.",
    },
    {
      titleZh: "洗车店污水直排",
      titleEn: "Car wash draining straight into the river",
      bodyZh: "科技园路一家洗车店把洗车废水直接排到旁边小河里，河面上一层油花。举报人邮箱 citizen.chen@example.org。",
      bodyEn:
        "A car wash on Science Park Road drains its waste water straight into the stream next door and there is an oily film on the water. Reporter's email: citizen.chen@example.org.",
    },
  ],
  "cooking-fumes": [
    {
      titleZh: "饭店油烟直排住宅楼",
      titleEn: "Restaurant fumes vented straight at flats",
      bodyZh: "东湖路33号一楼的川菜馆排烟管直接对着楼上住户的窗户，没有安装油烟净化器，家里窗户都不敢开。",
      bodyEn:
        "The Sichuan restaurant on the ground floor of 33 Donghu Road vents its kitchen straight at the windows above, with no fume filter. We cannot open our windows.",
    },
    {
      titleZh: "露天烧烤油烟熏人",
      titleEn: "Smoke from open-air barbecues",
      bodyZh: "海滨大道夜市烧烤一条街，每天晚上烟雾缭绕，附近居民楼被熏得晾不了衣服。",
      bodyEn:
        "The barbecue street at the Haibin Avenue night market fills the air with smoke every evening. Residents nearby cannot dry their washing.",
    },
    {
      titleZh: "小区底商餐饮油烟扰民",
      titleEn: "Fumes from restaurants under our building",
      bodyZh: "高新大道88号底商开了三家餐馆，油烟管道都从楼道外墙走，楼上住户厨房里全是油烟味。",
      bodyEn:
        "Three restaurants have opened in the ground-floor shops at 88 Gaoxin Avenue. Their flues run up the outside wall and the kitchens upstairs smell of grease.",
    },
  ],

  // ---------------------------------------------------------------- utilities
  "water-outage": [
    {
      titleZh: "小区突然停水没有通知",
      titleEn: "Sudden water cut with no notice",
      bodyZh: "翠湖小区从今天早上8点开始停水，事先没有任何通知，到现在还没来水，家里老人孩子都等着用水。",
      bodyEn:
        "Cuihu Estate has had no water since 8 this morning with no notice at all, and it is still off. The elderly and children at home need water.",
    },
    {
      titleZh: "高层住户水压太低",
      titleEn: "Water pressure too low on upper floors",
      bodyZh: "锦绣华庭12楼以上每天早晚用水高峰基本没水，热水器都打不着，已经持续半个月。",
      bodyEn:
        "Above the 12th floor at Jinxiu Huating there is hardly any water at morning and evening peaks and the water heater will not ignite. This has gone on for two weeks.",
    },
    {
      titleZh: "计划停水超时未恢复",
      titleEn: "Planned water cut overrunning",
      bodyZh: "通知说渔港街片区停水到下午6点，现在已经晚上10点了还没有来水，打客服电话一直占线。联系电话13512348765。",
      bodyEn:
        "The notice said water in the Yugang Street area would be off until 6 p.m. It is now 10 p.m., still no water, and the customer line is always engaged. Contact number 13512348765.",
    },
  ],
  "water-quality": [
    {
      titleZh: "自来水发黄有异味",
      titleEn: "Tap water yellow and smelly",
      bodyZh: "朝阳大街17号这几天早上打开水龙头，水是黄色的，放很久才变清，还有一股铁锈味。",
      bodyEn:
        "For the last few days at 17 Chaoyang Street the water comes out yellow in the morning, takes ages to run clear and smells of rust.",
    },
    {
      titleZh: "二次供水水箱多年没清洗",
      titleEn: "Rooftop water tank not cleaned for years",
      bodyZh: "我们小区楼顶的二次供水水箱好几年没清洗过，盖子还是坏的，担心水质不卫生。",
      bodyEn:
        "The rooftop storage tank for our estate's water has not been cleaned for years and its lid is broken. We are worried the water is unsafe.",
    },
    {
      titleZh: "自来水浑浊有白色沉淀",
      titleEn: "Cloudy water with white sediment",
      bodyZh: "新华路一带的自来水烧开后有很多白色沉淀，水壶里结垢特别快，请问水质是否达标？",
      bodyEn:
        "Around Xinhua Road boiled tap water leaves a lot of white sediment and kettles scale up very fast. Does the water meet standards?",
    },
  ],
  "power-outage": [
    {
      titleZh: "整栋楼停电几个小时",
      titleEn: "Whole building without power for hours",
      bodyZh: "南岸路45号从下午3点开始停电，到现在已经5个小时，冰箱里的东西都要坏了，也没人告诉什么时候来电。",
      bodyEn:
        "45 Nan'an Road has had no power since 3 p.m., five hours now. The food in the fridge is going off and nobody will say when it will be back.",
    },
    {
      titleZh: "夏天频繁跳闸停电",
      titleEn: "Frequent power cuts this summer",
      bodyZh: "渔港新村这个夏天已经停电七八次了，每次一两个小时，是不是线路老化负荷不够？",
      bodyEn:
        "Yugang New Village has lost power seven or eight times this summer, an hour or two each time. Is the wiring too old for the load?",
    },
    {
      titleZh: "家里有呼吸机，停电很危险",
      titleEn: "Power cut is dangerous: relative on a ventilator",
      bodyZh:
        "我家老人在家用呼吸机，高新大道88号锦绣华庭7栋刚刚停电，备用电源只能撑两个小时，请尽快抢修！电话15900001234。",
      bodyEn:
        "My elderly father uses a ventilator at home. Block 7, Jinxiu Huating, 88 Gaoxin Avenue has just lost power and the backup battery lasts only two hours. Please repair urgently! Phone 15900001234.",
    },
  ],
  "gas-leak": [
    {
      titleZh: "楼道里有很浓的煤气味",
      titleEn: "Strong smell of gas in the stairwell",
      bodyZh: "解放东路56号2单元楼道从三楼到五楼都有很浓的燃气味，已经开窗通风了，请马上派人来检查！",
      bodyEn:
        "There is a strong smell of gas in the stairwell of Unit 2, 56 Jiefang East Road, from the third to the fifth floor. We have opened the windows. Please send someone at once!",
    },
    {
      titleZh: "施工挖断燃气管道",
      titleEn: "Gas main damaged by road works",
      bodyZh: "江南大道施工的挖掘机把路边的燃气管挖破了，能听到嘶嘶的漏气声，周边商铺都跑出来了。",
      bodyEn:
        "An excavator working on Jiangnan Avenue has broken a gas pipe at the roadside. You can hear it hissing and the shops nearby have all come out.",
    },
    {
      titleZh: "燃气表附近有漏气声",
      titleEn: "Hissing near the gas meter",
      bodyZh: "我家厨房燃气表接口处有轻微的嘶嘶声，用肥皂水试有气泡，已经关了总阀，请尽快上门处理。",
      bodyEn:
        "There is a faint hiss at the joint of the gas meter in my kitchen and soapy water bubbles there. I have turned off the main valve. Please come as soon as possible.",
    },
  ],
  "gas-outage": [
    {
      titleZh: "小区停气一整天",
      titleEn: "No gas in the estate all day",
      bodyZh: "桂花苑小区今天一早就没有燃气了，没有任何通知，家家都没法做饭。",
      bodyEn: "Guihua Garden has had no gas since early this morning, with no notice. Nobody can cook.",
    },
    {
      titleZh: "已缴费仍被停气",
      titleEn: "Gas cut off although the bill is paid",
      bodyZh: "我上周已经在手机上缴了燃气费，今天燃气表却显示欠费自动关阀了，营业厅说系统没同步。",
      bodyEn:
        "I paid my gas bill on my phone last week, but today the meter says I am in arrears and has shut itself off. The service centre says the system has not synced.",
    },
    {
      titleZh: "燃气压力不足，灶具打不着火",
      titleEn: "Gas pressure too low to light the hob",
      bodyZh: "最近一周每到晚饭时间燃气火特别小，有时候根本打不着火，邻居家也一样。",
      bodyEn:
        "For a week now the gas flame at dinner time has been tiny and sometimes the hob will not light at all. Our neighbours have the same problem.",
    },
  ],
  "heating-outage": [
    {
      titleZh: "暖气不热，室温只有十几度",
      titleEn: "Radiators barely warm, room at 14°C",
      bodyZh: "朝阳大街17号开始供暖一周了，暖气片摸着是凉的，室内温度只有14度，家里有婴儿。",
      bodyEn:
        "Heating at 17 Chaoyang Street started a week ago but the radiators are cold to the touch and the room is 14°C. We have a baby.",
    },
    {
      titleZh: "供暖管道爆裂停暖",
      titleEn: "Heating pipe burst, heating off",
      bodyZh: "东湖路29号楼下的供暖管道昨晚爆了，整栋楼停暖，室外零下五度，到现在还没修好。",
      bodyEn:
        "The heating pipe below 29 Donghu Road burst last night and the whole block has no heating. It is minus five outside and it still has not been fixed.",
    },
    {
      titleZh: "交了取暖费却不供暖",
      titleEn: "Paid for heating but none supplied",
      bodyZh: "我家取暖费十月份就交了，但到现在阀门都没给开，热力公司说要先查户。电话13711223344。",
      bodyEn:
        "We paid our heating charge in October but the valve still has not been opened. The heating company says they need to inspect first. Phone 13711223344.",
    },
  ],
  "drainage-flooding": [
    {
      titleZh: "下雨就积水，路口成河",
      titleEn: "Junction floods every time it rains",
      bodyZh: "海滨大道与港口路路口一下大雨积水就到膝盖，车辆熄火，行人没法走，每年都这样。",
      bodyEn:
        "Whenever it rains hard the Haibin Avenue / Gangkou Road junction floods knee-deep. Cars stall and pedestrians cannot pass. It happens every year.",
    },
    {
      titleZh: "小区下水道堵塞反味",
      titleEn: "Blocked sewer with foul smell",
      bodyZh: "翠湖小区3栋门口的下水道堵了，污水漫到路面上，臭味很大，物业说是市政管网的问题。",
      bodyEn:
        "The drain outside Block 3 of Cuihu Estate is blocked and sewage is spilling across the path. It stinks and the property company says it is the municipal network's problem.",
    },
    {
      titleZh: "地下通道积水排不出去",
      titleEn: "Underpass flooded and not draining",
      bodyZh: "新华路下穿隧道昨天下雨后积水到现在都没退，排水泵好像坏了，车辆都要绕行。",
      bodyEn:
        "The Xinhua Road underpass flooded in yesterday's rain and the water still has not gone down. The pump seems broken and traffic has to detour.",
    },
  ],
  "utility-billing": [
    {
      titleZh: "这个月水费突然翻倍",
      titleEn: "Water bill suddenly doubled this month",
      bodyZh: "我家一直两个人住，每月水费三十多元，这个月突然变成八十多元，家里也没有漏水，想问一下是怎么计算的。",
      bodyEn:
        "There are just two of us and our water bill is normally around 30 yuan. This month it is over 80 and we have no leaks. How was it calculated?",
    },
    {
      titleZh: "阶梯电价如何计算",
      titleEn: "How is tiered electricity pricing calculated?",
      bodyZh: "想咨询一下我们市居民阶梯电价的档位是怎么划分的，家里人口多能不能申请增加基数？",
      bodyEn:
        "How are the residential electricity price tiers set in our city? Can a large household apply for a higher base allowance?",
    },
    {
      titleZh: "房屋过户后如何更改缴费户名",
      titleEn: "Changing the account name after buying a flat",
      bodyZh: "我刚买了二手房，水电燃气户名还是原房主的，需要带什么材料去哪里办理更名？邮箱 wang.lei@example.com。",
      bodyEn:
        "I have just bought a second-hand flat and the water, power and gas accounts are still in the previous owner's name. What do I need and where do I go to change them? Email: wang.lei@example.com.",
    },
  ],

  // ---------------------------------------------------------------- social
  "unpaid-wages": [
    {
      titleZh: "工地拖欠农民工工资",
      titleEn: "Building site owes migrant workers' wages",
      bodyZh: "我们二十多个工人在高新大道一个工地干了半年，包工头一直拖欠工资，总共四十多万，现在人也找不到了。",
      bodyEn:
        "More than twenty of us worked six months on a site on Gaoxin Avenue. The subcontractor never paid us, over 400,000 yuan in total, and now he has disappeared.",
    },
    {
      titleZh: "公司倒闭欠三个月工资",
      titleEn: "Company closed owing three months' pay",
      bodyZh: "我原来工作的港口路一家贸易公司突然关门，老板欠我们三个月工资没发，劳动合同都在。联系电话13822223333。",
      bodyEn:
        "The trading company on Gangkou Road where I worked suddenly closed. The boss owes us three months' wages and we have our contracts. Contact 13822223333.",
    },
    {
      titleZh: "离职后公司不结算工资",
      titleEn: "Final pay withheld after resigning",
      bodyZh: "我上个月正常提出离职，交接也做完了，公司说要扣押最后一个月工资作为培训费，这合法吗？",
      bodyEn:
        "I resigned properly last month and completed the handover, but the company says it will keep my last month's salary as a training fee. Is that legal?",
    },
  ],
  "social-insurance": [
    {
      titleZh: "公司没有给我缴社保",
      titleEn: "Employer has not paid my social insurance",
      bodyZh: "我在公司上班一年多了，最近查询才发现公司只给我交了三个月社保，其余都没交。",
      bodyEn:
        "I have worked for my company for over a year and just found out it has paid my social insurance for only three months.",
    },
    {
      titleZh: "跨省社保转移办不下来",
      titleEn: "Cannot transfer social insurance from another province",
      bodyZh: "我从外省回江滨工作，申请养老保险关系转移已经三个月了，系统一直显示审核中。",
      bodyEn:
        "I came back to Jiangbin from another province and applied to transfer my pension insurance three months ago. The system still says 'under review'.",
    },
    {
      titleZh: "灵活就业社保断缴如何补缴",
      titleEn: "Making up missed contributions as a freelancer",
      bodyZh: "我是灵活就业人员，去年有半年忘了交社保，现在想补缴，窗口说不能补，网上又说可以。",
      bodyEn:
        "I am self-employed and forgot to pay social insurance for six months last year. The counter says I cannot make it up but online sources say I can.",
    },
  ],
  "social-insurance-policy": [
    {
      titleZh: "咨询退休年龄和养老金计算",
      titleEn: "Question about retirement age and pension calculation",
      bodyZh: "我是1968年出生的女职工，想咨询一下按新政策什么时候可以退休，养老金大概怎么计算？",
      bodyEn:
        "I am a female employee born in 1968. Under the new rules, when can I retire and roughly how will my pension be calculated?",
    },
    {
      titleZh: "失业保险金领取条件",
      titleEn: "Who can claim unemployment benefit?",
      bodyZh: "我被公司辞退了，缴了五年失业保险，请问可以领多久失业金，需要去哪里办？",
      bodyEn:
        "I have been dismissed after paying unemployment insurance for five years. How long can I claim benefit and where do I apply?",
    },
    {
      titleZh: "城乡居民养老保险缴费档次",
      titleEn: "Contribution levels for residents' pension insurance",
      bodyZh:
        "想帮家里老人交城乡居民养老保险，请问今年有哪几个缴费档次，交得高以后能多领多少？邮箱 li.min@example.net。",
      bodyEn:
        "I want to pay residents' pension insurance for my parents. What contribution levels are there this year and how much more do higher levels pay out? Email li.min@example.net.",
    },
  ],
  "employment-services": [
    {
      titleZh: "创业担保贷款申请进度慢",
      titleEn: "Start-up guaranteed loan application stuck",
      bodyZh: "我两个月前申请了创业担保贷款，材料都交齐了，一直没有消息，打电话也问不出结果。",
      bodyEn:
        "I applied for a start-up guaranteed loan two months ago with complete documents. I have heard nothing and phone calls get no answer.",
    },
    {
      titleZh: "职业技能培训补贴没发放",
      titleEn: "Vocational training subsidy not paid",
      bodyZh: "我去年参加了电工培训并拿到证书，按政策可以领培训补贴，但半年过去了还没到账。",
      bodyEn:
        "Last year I completed electrician training and got the certificate. Under the policy I should get a training subsidy, but six months on it has not arrived.",
    },
    {
      titleZh: "高校毕业生就业补贴咨询",
      titleEn: "Question about graduate employment subsidies",
      bodyZh: "我今年大学毕业，在新城区一家小企业就业，听说有就业补贴和租房补贴，具体怎么申请？",
      bodyEn:
        "I graduated this year and work for a small company in Xincheng. I have heard there are employment and rent subsidies. How do I apply?",
    },
  ],
  "elderly-care": [
    {
      titleZh: "社区老年食堂关门了",
      titleEn: "Community canteen for seniors has closed",
      bodyZh: "东湖路社区的老年助餐点上个月突然关门，很多独居老人没地方吃饭，希望能尽快恢复。",
      bodyEn:
        "The seniors' meal service in the Donghu Road community suddenly closed last month. Many elderly people living alone have nowhere to eat. Please reopen it soon.",
    },
    {
      titleZh: "养老院服务差、收费高",
      titleEn: "Care home charges a lot for poor care",
      bodyZh: "我母亲住在江南区一家民办养老院，每月收费五千多，但护工经常不在，老人身上有褥疮也没人发现。",
      bodyEn:
        "My mother lives in a private care home in Jiangnan District at over 5,000 yuan a month, but the carers are often absent and nobody noticed her bedsores.",
    },
    {
      titleZh: "高龄津贴申请咨询",
      titleEn: "Applying for the old-age allowance",
      bodyZh: "我父亲今年满80岁了，听说可以领高龄津贴，需要准备哪些材料？可以网上办吗？",
      bodyEn:
        "My father turned 80 this year and I understand he can get the old-age allowance. What documents are needed, and can we apply online?",
    },
  ],
  "social-assistance": [
    {
      titleZh: "低保申请被拒，理由不清楚",
      titleEn: "Minimum allowance refused without a clear reason",
      bodyZh: "我丈夫重病卧床，家里没有收入，申请低保被退回，只说不符合条件，没有说明具体原因。",
      bodyEn:
        "My husband is seriously ill and bedridden and we have no income. Our application for the minimum living allowance was returned, saying only that we are not eligible, with no reason given.",
    },
    {
      titleZh: "临时救助申请进度",
      titleEn: "Progress of an emergency assistance application",
      bodyZh: "家里上个月着火，房子烧了一半，在街道申请了临时救助，一个月了还没有结果。电话15012345678。",
      bodyEn:
        "Our home caught fire last month and half of it burned. We applied to the subdistrict office for emergency assistance a month ago and have heard nothing. Phone 15012345678.",
    },
    {
      titleZh: "残疾人补贴停发",
      titleEn: "Disability allowance stopped",
      bodyZh: "我儿子是二级残疾，两项补贴从这个月开始没有发放，也没有人通知我们原因。",
      bodyEn: "My son has a grade-two disability. Both of his allowances stopped this month and nobody told us why.",
    },
  ],

  // ---------------------------------------------------------------- education & health
  "off-campus-tutoring": [
    {
      titleZh: "培训机构违规开设学科类课程",
      titleEn: "Tutoring centre running banned academic classes",
      bodyZh: "科技园路一家艺术培训机构，实际上周末在开小学数学、英语补习班，还要求一次性交一年学费。",
      bodyEn:
        "An 'art' training centre on Science Park Road actually runs primary maths and English classes at weekends and demands a year's fees up front.",
    },
    {
      titleZh: "培训机构关门不退费",
      titleEn: "Tutoring centre closed without refunds",
      bodyZh: "江南大道的一家英语培训机构突然关门，我给孩子交的一万二课时费还剩八千多没上，现在联系不上负责人。",
      bodyEn:
        "An English tutoring centre on Jiangnan Avenue suddenly closed. More than 8,000 of the 12,000 yuan I paid for my child's lessons is unused and we cannot reach the owner.",
    },
    {
      titleZh: "在职教师私下有偿补课",
      titleEn: "Serving teacher giving paid private lessons",
      bodyZh: "孩子班上的数学老师在小区租房给学生补课，每节课收两百元，暗示不去补课的学生成绩会受影响。",
      bodyEn:
        "My child's maths teacher rents a flat in our estate to give private lessons at 200 yuan each and hints that pupils who do not attend will get lower marks.",
    },
  ],
  "school-enrolment": [
    {
      titleZh: "咨询小学入学学区划分",
      titleEn: "Which primary school catchment are we in?",
      bodyZh: "我家住在桂园路新买的小区，请问今年秋季小学入学对应的是哪所学校？需要落户满多久？",
      bodyEn:
        "We live in a newly bought flat on Guiyuan Road. Which primary school are we assigned to for this autumn, and how long must our household registration have been there?",
    },
    {
      titleZh: "随迁子女入学需要什么材料",
      titleEn: "Documents for migrant workers' children to enrol",
      bodyZh: "我们是外地来江滨务工的，孩子今年要上初一，请问随迁子女入学需要准备哪些证明？",
      bodyEn:
        "We came to Jiangbin from elsewhere to work and our child starts junior secondary this year. What documents do children of migrant workers need to enrol?",
    },
    {
      titleZh: "幼儿园报名时间",
      titleEn: "When do kindergarten registrations open?",
      bodyZh: "想问一下今年公办幼儿园什么时候开始网上报名，是按片区还是摇号？邮箱 zhao.yun@example.com。",
      bodyEn:
        "When does online registration for public kindergartens open this year, and are places allocated by area or by lottery? Email zhao.yun@example.com.",
    },
  ],
  "school-fees": [
    {
      titleZh: "学校强制收取资料费",
      titleEn: "School forcing parents to pay for materials",
      bodyZh: "孩子所在的初中要求每个学生交600元教辅资料费，说是自愿但不交的学生会被单独点名。",
      bodyEn:
        "My child's junior secondary school asks every pupil for 600 yuan for study materials. They say it is voluntary but pupils who do not pay are singled out.",
    },
    {
      titleZh: "学校指定商店购买校服",
      titleEn: "School requiring uniforms from one shop",
      bodyZh: "学校要求必须在指定店铺买校服，一套要四百多元，外面同样质量的一百多就能买到。",
      bodyEn:
        "The school requires uniforms from a designated shop at over 400 yuan a set, when the same quality costs just over 100 elsewhere.",
    },
    {
      titleZh: "课后服务收费不透明",
      titleEn: "After-school service charges not transparent",
      bodyZh: "学校课后服务每学期收费八百元，没有公示收费标准和依据，内容基本就是自习。",
      bodyEn:
        "The school charges 800 yuan a term for after-school care with no published rate or basis, and it is basically self-study.",
    },
  ],
  "medical-service": [
    {
      titleZh: "医院挂号排队时间太长",
      titleEn: "Hours of queuing at the hospital",
      bodyZh: "市人民医院儿科周末看病要排四五个小时，只开了两个诊室，孩子发高烧等得很难受。",
      bodyEn:
        "Weekend paediatrics at the Municipal People's Hospital means a four- or five-hour wait with only two consulting rooms open. My feverish child suffered the whole time.",
    },
    {
      titleZh: "医生态度恶劣",
      titleEn: "Rude doctor",
      bodyZh: "昨天在滨海区中心医院皮肤科就诊，医生看了不到一分钟就开药，问问题还不耐烦地让我出去。",
      bodyEn:
        "Yesterday at the dermatology clinic of Binhai District Central Hospital the doctor spent less than a minute before prescribing, and when I asked a question told me impatiently to leave.",
    },
    {
      titleZh: "医院过度检查",
      titleEn: "Unnecessary tests at hospital",
      bodyZh:
        "只是轻微感冒去看病，医院给开了血常规、CT、核酸等一堆检查，花了六百多元，怀疑过度医疗。联系电话18900008888。",
      bodyEn:
        "I went in with a mild cold and was sent for blood tests, a CT scan, a PCR test and more, costing over 600 yuan. I suspect over-treatment. Contact 18900008888.",
    },
  ],
  vaccination: [
    {
      titleZh: "咨询HPV疫苗预约方式",
      titleEn: "How to book the HPV vaccine",
      bodyZh: "想给女儿预约九价HPV疫苗，请问江滨市在哪些社区卫生服务中心可以打，怎么预约？",
      bodyEn:
        "I want to book the nine-valent HPV vaccine for my daughter. Which community health centres in Jiangbin offer it and how do I book?",
    },
    {
      titleZh: "宝宝疫苗漏打能否补种",
      titleEn: "Can my baby catch up on a missed vaccine?",
      bodyZh: "宝宝8个月，因为生病错过了一针疫苗，请问现在还能补种吗？会不会影响后面的接种？",
      bodyEn:
        "My baby is eight months old and missed a vaccination because of illness. Can it still be given, and will it affect the later ones?",
    },
    {
      titleZh: "老年人流感疫苗是否免费",
      titleEn: "Is the flu jab free for the elderly?",
      bodyZh: "听说今年60岁以上老人可以免费接种流感疫苗，请问是真的吗？需要带什么证件？",
      bodyEn: "I heard people over 60 can have a free flu jab this year. Is that true, and what ID should they bring?",
    },
  ],

  // ---------------------------------------------------------------- market
  "consumer-dispute": [
    {
      titleZh: "家具质量问题商家拒绝退换",
      titleEn: "Furniture shop refuses to replace faulty sofa",
      bodyZh: "在江南大道家居城买的沙发，用了不到一个月皮面就开裂了，商家说是人为损坏，拒绝退换。",
      bodyEn:
        "A sofa I bought at the furniture mall on Jiangnan Avenue split along the leather in less than a month. The shop says I damaged it and refuses to replace it.",
    },
    {
      titleZh: "手机维修被调包零件",
      titleEn: "Phone repair shop swapped parts",
      bodyZh: "在港口路15号手机店换屏幕，回家发现原装摄像头也被换成了便宜货，店家不承认。",
      bodyEn:
        "I had my screen replaced at the phone shop at 15 Gangkou Road and at home found the original camera had also been swapped for a cheap one. The shop denies it.",
    },
    {
      titleZh: "装修公司收了定金不开工",
      titleEn: "Renovation firm took deposit and never started",
      bodyZh:
        "和一家装修公司签了合同，交了两万元定金，说好上个月开工，到现在一直拖着不来，要求退定金也不退。电话13398765432。",
      bodyEn:
        "I signed with a renovation firm and paid a 20,000 yuan deposit. Work was due to start last month; they keep stalling and will not refund the deposit. Phone 13398765432.",
    },
  ],
  "food-safety": [
    {
      titleZh: "超市销售过期食品",
      titleEn: "Supermarket selling out-of-date food",
      bodyZh: "在新华路一家超市买的酸奶，回家发现已经过期五天了，货架上还有好多同批次的。",
      bodyEn:
        "Yoghurt I bought at a supermarket on Xinhua Road turned out to be five days past its date at home, and there were many more from the same batch on the shelf.",
    },
    {
      titleZh: "外卖吃出异物",
      titleEn: "Foreign object in a takeaway",
      bodyZh: "昨晚点了一家快餐店的外卖，饭里吃出一根铁丝，商家只愿意退单，我担心后厨卫生问题。",
      bodyEn:
        "Last night I found a piece of wire in a fast-food takeaway. The shop only offered to refund the order, and I am worried about its kitchen hygiene.",
    },
    {
      titleZh: "早餐店后厨卫生脏乱",
      titleEn: "Filthy kitchen at a breakfast shop",
      bodyZh: "渔港街一家早餐店后厨地上到处是污水，有老鼠跑过，员工不戴口罩不戴手套直接包包子。",
      bodyEn:
        "The kitchen of a breakfast shop on Yugang Street has dirty water all over the floor and I saw a rat. Staff make buns without masks or gloves.",
    },
  ],
  "price-violation": [
    {
      titleZh: "景区停车场乱收费",
      titleEn: "Overcharging at a scenic-area car park",
      bodyZh: "滨海公园停车场标价每小时5元，实际收费时按每小时10元收，还不给发票。",
      bodyEn: "The Binhai Park car park displays 5 yuan an hour but charges 10 and gives no receipt.",
    },
    {
      titleZh: "药店商品不明码标价",
      titleEn: "Pharmacy not displaying prices",
      bodyZh: "东湖路一家药店货架上的药品大多没有标价，结账时价格比其他药店贵很多。",
      bodyEn:
        "Most medicines on the shelves of a pharmacy on Donghu Road have no price label, and at the till they cost far more than at other pharmacies.",
    },
    {
      titleZh: "节假日酒店价格暴涨",
      titleEn: "Hotel prices soaring over the holiday",
      bodyZh: "国庆期间海滨大道一家酒店把房价从三百元涨到一千八，已经预订的客人也被要求补差价。",
      bodyEn:
        "Over the National Day holiday a hotel on Haibin Avenue raised its room rate from 300 to 1,800 yuan and told guests with existing bookings to pay the difference.",
    },
  ],
  "prepaid-card": [
    {
      titleZh: "健身房突然关门卡里余额退不了",
      titleEn: "Gym closed suddenly, card balance lost",
      bodyZh: "高新大道一家健身房上周突然关门，我年卡还有八个月，三千多元，老板电话打不通。",
      bodyEn:
        "A gym on Gaoxin Avenue suddenly closed last week. I have eight months left on my annual card, over 3,000 yuan, and the owner's phone is off.",
    },
    {
      titleZh: "美容店拒绝退还充值余额",
      titleEn: "Beauty salon refuses to refund top-up balance",
      bodyZh: "在朝阳大街一家美容店充了五千元，服务不满意想退余额，店家说充值卡一律不退。",
      bodyEn:
        "I topped up 5,000 yuan at a beauty salon on Chaoyang Street. I am unhappy with the service and want the balance back, but they say top-up cards are never refunded.",
    },
    {
      titleZh: "理发店换老板不认旧卡",
      titleEn: "Hair salon's new owner will not honour old cards",
      bodyZh: "南岸路一家理发店转让给了新老板，新老板不认以前办的会员卡，里面还有一千多元。邮箱 sun.li@example.com。",
      bodyEn:
        "A hair salon on Nan'an Road changed hands and the new owner will not honour old membership cards. Mine still has over 1,000 yuan on it. Email sun.li@example.com.",
    },
  ],

  // ---------------------------------------------------------------- safety
  "fire-hazard": [
    {
      titleZh: "商场安全出口被锁",
      titleEn: "Fire exits locked in a shopping centre",
      bodyZh: "江南大道一家商场的两个安全出口都用铁链锁着，还堆了纸箱，一旦发生火灾后果不堪设想。",
      bodyEn:
        "Two fire exits in a shopping centre on Jiangnan Avenue are chained shut and stacked with boxes. A fire would be a disaster.",
    },
    {
      titleZh: "楼道消火栓没有水、灭火器过期",
      titleEn: "Empty hydrants and expired extinguishers in the stairwell",
      bodyZh: "科技园路人才公寓的楼道消火栓打开没有水，灭火器压力表指针在红区，已经过期两年了。",
      bodyEn:
        "The hose reels in the stairwells of the Talent Apartments on Science Park Road have no water and the extinguisher gauges are in the red, two years out of date.",
    },
    {
      titleZh: "地下室违规住人",
      titleEn: "People living illegally in a basement",
      bodyZh: "港口路38号的地下室被改成了群租房，住了二十多个人，只有一个出口，还用电炉做饭。",
      bodyEn:
        "The basement of 38 Gangkou Road has been turned into shared rooms for over twenty people with only one exit, and they cook on electric rings.",
    },
  ],
  "ebike-charging": [
    {
      titleZh: "电动车在楼道里充电",
      titleEn: "E-bikes being charged in the stairwell",
      bodyZh: "我们单元一楼楼道每天晚上停着四五辆电动车在充电，插线板拖在地上，非常危险。",
      bodyEn:
        "Every night four or five e-bikes are charged in the ground-floor stairwell of our block, with extension leads trailing across the floor. It is very dangerous.",
    },
    {
      titleZh: "高楼飞线充电",
      titleEn: "Charging cables dangled from upper floors",
      bodyZh: "海滨大道66号有住户从五楼窗户拉电线下来给楼下电动车充电，电线挂在空中，下雨天很危险。",
      bodyEn:
        "At 66 Haibin Avenue a resident runs a cable from a fifth-floor window down to charge an e-bike below. The wire hangs in the air and is dangerous in the rain.",
    },
    {
      titleZh: "建议小区增设电动车充电桩",
      titleEn: "Please install e-bike charging points in our estate",
      bodyZh: "小区几百辆电动车只有十个充电桩，大家只能在家里充，建议增设集中充电点。",
      bodyEn:
        "Our estate has several hundred e-bikes and only ten charging points, so people charge them indoors. Please add a central charging area.",
    },
  ],
  "workplace-safety": [
    {
      titleZh: "工厂危化品随意堆放",
      titleEn: "Hazardous chemicals stacked carelessly at a factory",
      bodyZh: "港口路工业园一家工厂把几十桶化学品直接堆在露天院子里，桶身有泄漏痕迹，旁边就是居民区。",
      bodyEn:
        "A factory in the Gangkou Road industrial park keeps dozens of drums of chemicals in an open yard. Some show signs of leaking and there are homes right next door.",
    },
    {
      titleZh: "工地工人不戴安全帽高空作业",
      titleEn: "Site workers working at height without helmets",
      bodyZh: "高新大道一个工地的工人在十几层高的脚手架上作业，没系安全带，也没有防护网。",
      bodyEn:
        "Workers on a Gaoxin Avenue site are working on scaffolding a dozen storeys up with no harnesses and no safety netting.",
    },
    {
      titleZh: "小作坊无证生产存在安全隐患",
      titleEn: "Unlicensed workshop with safety hazards",
      bodyZh: "解放东路后面的一排民房里有人开了家具喷漆作业，油漆桶和木料堆在一起，电线乱拉，周围全是住户。",
      bodyEn:
        "In a row of houses behind Jiefang East Road someone runs a furniture spray-painting workshop. Paint drums and timber are piled together, the wiring is a mess and it is surrounded by homes.",
    },
  ],
};

export const REPLY_TEXTS: { outcome: "resolved" | "explained" | "not_supported"; zh: string; en: string }[] = [
  {
    outcome: "resolved",
    zh: "您好，收到您反映的问题后，我单位于当日安排工作人员到现场核查，情况属实，现已处理完毕。后续我们将加强日常巡查，防止问题反复。感谢您对我们工作的监督。",
    en: "Thank you for your report. Our staff inspected the site on the day we received it, confirmed the problem and have now dealt with it. We will step up routine inspections so that it does not recur. Thank you for helping us do our job.",
  },
  {
    outcome: "resolved",
    zh: "您好，经核实，您反映的问题系相关责任单位未按规定履职所致。我单位已约谈责任方并责令整改，整改已于近日完成，经复查符合要求。如仍有问题，欢迎再次反映。",
    en: "We found that the problem arose because the responsible party did not meet its obligations. We have summoned it and ordered it to put things right; the work has been completed and our follow-up check found it satisfactory. If the problem returns, please let us know.",
  },
  {
    outcome: "resolved",
    zh: "您好，工作人员已与您电话联系并了解具体情况，经协调，相关方已同意按您的诉求处理，款项（或服务）已落实到位。请您留意后续回访，对处理结果进行评价。",
    en: "Our staff have spoken with you by phone. After mediation the other party agreed to meet your request and the payment (or service) has been provided. Please look out for our follow-up and let us know how satisfied you are.",
  },
  {
    outcome: "explained",
    zh: "您好，您咨询的事项相关政策如下：具体办理条件、所需材料和办理渠道已在回复附件中列明，您也可以通过市政务服务网在线办理。如需进一步帮助，可在工作日到政务服务中心相应窗口咨询。",
    en: "Thank you for your question. The conditions, required documents and where to apply are listed in the attachment to this reply, and you can also apply online through the city's government services portal. For further help, please visit the relevant counter at the Government Services Centre on a working day.",
  },
  {
    outcome: "explained",
    zh: "您好，经现场核查，您反映的问题已列入今年的专项整治计划，预计于本季度末前完成。由于涉及资金审批和施工安排，暂时无法立即解决，我们将在完成后告知您，敬请谅解。",
    en: "Our site inspection found that this problem is already in this year's improvement programme and is due to be completed by the end of the quarter. Because it depends on budget approval and scheduling of works, it cannot be fixed immediately. We will let you know when it is done and apologise for the wait.",
  },
  {
    outcome: "explained",
    zh: "您好，经了解，您反映的情况属于双方民事约定范畴，我单位已向相关方宣传了有关规定，并建议双方协商解决。协商不成的，您可向人民调解委员会申请调解，或依法向人民法院提起诉讼。",
    en: "This matter falls under a civil agreement between the two parties. We have reminded the other party of the relevant rules and advised both sides to negotiate. If that fails, you can apply to the People's Mediation Committee or bring a claim in the People's Court.",
  },
  {
    outcome: "not_supported",
    zh: "您好，经调查核实，现场情况与您反映的内容不符，相关经营（施工）行为已取得合法手续并在许可范围内进行。依据相关法律法规，您的诉求暂不予支持。如对本答复有异议，可在收到答复之日起60日内依法申请行政复议。",
    en: "Our investigation found that the situation on site differs from your report, and the business (or works) concerned holds valid permits and operates within them. Under the applicable laws and regulations we cannot support your request. If you disagree with this reply you may apply for administrative review within 60 days of receiving it.",
  },
  {
    outcome: "not_supported",
    zh: "您好，根据现行政策规定，您的情况不符合办理条件（具体条款见回复附件），因此无法按您的要求办理。如您的情况发生变化，可重新提交申请；对本答复有异议的，可依法申请行政复议或提起行政诉讼。",
    en: "Under current policy your circumstances do not meet the eligibility conditions (the provisions are cited in the attachment), so we cannot do as you ask. If your circumstances change you may apply again; if you disagree with this reply you may apply for administrative review or bring an administrative lawsuit.",
  },
  {
    outcome: "not_supported",
    zh: "您好，您提出的诉求涉及已经生效的法律文书（或已办结的信访事项），依据有关规定，我单位不再重复受理。建议您通过法律途径主张权利，可拨打12348法律援助热线获取帮助。",
    en: "Your request concerns a decision that is already legally binding (or a matter that has already been concluded), so under the rules we cannot take it up again. We suggest you pursue your rights through legal channels; the 12348 legal aid hotline can help.",
  },
];

export const CITIZEN_NAMES: { zh: string; en: string }[] = [
  { zh: "王秀英", en: "Wang Xiuying" },
  { zh: "李建国", en: "Li Jianguo" },
  { zh: "张伟", en: "Zhang Wei" },
  { zh: "刘芳", en: "Liu Fang" },
  { zh: "陈志强", en: "Chen Zhiqiang" },
  { zh: "杨丽", en: "Yang Li" },
  { zh: "赵云飞", en: "Zhao Yunfei" },
  { zh: "黄海燕", en: "Huang Haiyan" },
  { zh: "周明", en: "Zhou Ming" },
  { zh: "吴桂兰", en: "Wu Guilan" },
  { zh: "徐磊", en: "Xu Lei" },
  { zh: "孙丽娟", en: "Sun Lijuan" },
  { zh: "马俊杰", en: "Ma Junjie" },
  { zh: "朱玉珍", en: "Zhu Yuzhen" },
  { zh: "胡文博", en: "Hu Wenbo" },
  { zh: "郭晓燕", en: "Guo Xiaoyan" },
  { zh: "何志明", en: "He Zhiming" },
  { zh: "林雪梅", en: "Lin Xuemei" },
  { zh: "高建华", en: "Gao Jianhua" },
  { zh: "罗静", en: "Luo Jing" },
  { zh: "郑浩然", en: "Zheng Haoran" },
  { zh: "梁淑芬", en: "Liang Shufen" },
  { zh: "谢宇航", en: "Xie Yuhang" },
  { zh: "宋佳怡", en: "Song Jiayi" },
  { zh: "唐国庆", en: "Tang Guoqing" },
  { zh: "许婷婷", en: "Xu Tingting" },
  { zh: "韩立新", en: "Han Lixin" },
  { zh: "冯春梅", en: "Feng Chunmei" },
  { zh: "邓子轩", en: "Deng Zixuan" },
  { zh: "曹红霞", en: "Cao Hongxia" },
  { zh: "彭德才", en: "Peng Decai" },
  { zh: "曾雨欣", en: "Zeng Yuxin" },
  { zh: "萧振东", en: "Xiao Zhendong" },
  { zh: "田美玲", en: "Tian Meiling" },
  { zh: "董家豪", en: "Dong Jiahao" },
  { zh: "袁小红", en: "Yuan Xiaohong" },
  { zh: "潘永康", en: "Pan Yongkang" },
  { zh: "蒋慧敏", en: "Jiang Huimin" },
  { zh: "蔡文静", en: "Cai Wenjing" },
  { zh: "余海波", en: "Yu Haibo" },
];
