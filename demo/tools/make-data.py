# Writes the demo's sample content (demo/public/data/news.json and categories.json): a fictional
# industrial group's news centre, 52 articles over two years in seven categories, with the
# irregularities real CMS exports have (numeric ids, empty authors, missing sources, dates
# without a zone). Run once with `python3 demo/tools/make-data.py` after make-media.mjs.
import json, pathlib

root = pathlib.Path(__file__).resolve().parent.parent / 'public'
sizes = json.loads((root / 'data' / 'media-sizes.json').read_text())

categories = [
    ('product-management', 'Product Management'), ('news', 'News'), ('introduction', 'Introduction'),
    ('corporate-outlets', 'Corporate Outlets'), ('faq', 'FAQ'), ('corporate-video', 'Corporate Video'),
    ('corporate-brochure', 'Corporate Brochure'),
]

def img(name, alt, form='object'):
    if form == 'string':
        return f'images/{name}.jpg'
    return {'src': f'images/{name}.jpg', 'alt': alt, 'width': 640, 'height': 360}

def paras(*texts):
    return ''.join(f'<p>{t}</p>' for t in texts)

# (category, date, title, summary, body, extra)
A = []
def add(category, date, title, summary, body, **extra):
    A.append(dict(category=category, publishedAt=date, title=title, summary=summary, body=body, **extra))

# ---- News (26)
add('news', '2026-11-20T09:30:00+08:00', 'Hengyuan opens its second smart factory in Suzhou',
    'The new plant doubles valve output for the Yangtze River Delta and runs on 40% solar power.',
    paras('Hengyuan Group opened its second smart factory in the Suzhou Industrial Park on Thursday. The 42,000 m² plant will produce 180,000 control valves a year for chemical, water and power customers in eastern China.',
          'Every machining cell reports its status to the plant’s control room in real time. “We can see a tool wear out before it spoils a part,” said plant manager Zhou Lin.',
          'Rooftop panels cover 40% of the plant’s electricity. The remainder is bought from certified wind farms in Jiangsu.'),
    author='Zhou Min', source='Hengyuan Press Office', image=img('plant-suzhou', 'The new Suzhou plant under a clear sky'), tags=['plants', 'Suzhou'])
add('news', '2026-11-06T14:00:00+08:00', 'Third-quarter orders up 12% on water and energy projects',
    'Demand from municipal water utilities and grid operators lifted orders to a record for the quarter.',
    paras('Orders received in the third quarter rose 12% on the same period last year, to CNY 4.1 billion. Water utilities accounted for a third of the growth.',
          'Margins held steady as copper and steel prices eased. The group confirmed its full-year outlook.'),
    author='Investor Relations', source='Hengyuan Investor Relations', image=img('growth-chart', 'Bar chart of quarterly orders rising'))
add('news', '2026-10-22T10:15:00+08:00', 'Hengyuan wins the National Quality Award for its valve line',
    'The jury praised the line’s zero-defect programme and the training of its operators.',
    paras('The China Association for Quality presented Hengyuan with its National Quality Award in Beijing on 21 October.',
          '<blockquote><p>“Quality is not a department; it is a habit of 3,000 people.”</p></blockquote>',
          'The valve line has shipped 1.2 million units since 2023 with a field failure rate below 20 parts per million.'),
    author='', source='China Quality News', image=img('award', 'The award trophy on stage'))
add('news', '2025-06-02T10:00:00', 'Partnership with Nordic Flow to serve European water utilities',
    'A distribution agreement brings Hengyuan valves to utilities in Norway, Sweden and Finland.',
    paras('Hengyuan Group and Nordic Flow AB signed a five-year distribution agreement in Stockholm. Nordic Flow will stock Hengyuan’s butterfly and gate valves and provide local service.',
          'The first deliveries are planned for the spring of 2026.'),
    author='Anna Lindqvist', image=img('signing', 'Two executives signing an agreement', 'string'))
add('news', '2026-09-30T08:45:00+08:00', 'Apprenticeship programme welcomes its largest class',
    '186 apprentices start a three-year programme in machining, electrics and automation.',
    paras('The 2026 apprentice class is the largest since the programme began in 2011. For the first time, a third of the apprentices are women.',
          'Apprentices spend two days a week at partner vocational schools and three days on the shop floor with a mentor.'),
    author='Human Resources', source='Hengyuan Press Office', image=img('training', 'Apprentices at a training workbench'), tags=['people'])
add('news', '2026-09-12T16:20:00+08:00', 'Hengyuan joins the Shanghai hydrogen valley consortium',
    'The group will develop valves and sensors for high-pressure hydrogen pipelines.',
    paras('Hengyuan has joined 24 companies and three universities in a consortium to build hydrogen infrastructure around Shanghai.',
          'The group’s research centre will test valves at pressures up to 70 MPa.'),
    author='Chen Hao', source='Xinhua')
add('news', '2026-08-28T11:00:00+08:00', 'Half-year results: revenue CNY 7.9 billion, net profit up 9%',
    'Service revenue grew fastest, now 21% of sales.',
    paras('Revenue for the first half of 2026 rose 7% to CNY 7.9 billion. Net profit grew 9% to CNY 610 million.',
          'Service contracts, spare parts and upgrades grew 15% and now make up 21% of revenue.'),
    author='Investor Relations', source='Hengyuan Investor Relations')
add('news', '2026-08-05T09:00:00+08:00', 'New service centre opens in Chengdu',
    'Engineers in Chengdu will reach customers in Sichuan and Chongqing within four hours.',
    paras('The Chengdu service centre has 40 engineers, a spare-parts store and a test bench for valves up to DN 600.',
          'It is the group’s ninth service centre in China.'),
    author='Liu Yang', source='Hengyuan Press Office', image=img('service-van', 'A service van at the new centre'))
add('news', '2026-07-18T15:30:00+08:00', 'Hengyuan at Hannover Messe: digital twins for process plants',
    'Visitors saw a valve’s wear predicted weeks ahead from its own sensor data.',
    paras('At Hannover Messe, Hengyuan showed how a digital twin of each valve predicts seal wear from pressure and temperature cycles.',
          'More than 9,000 visitors came to the stand over five days.'),
    author='Wang Jing', image=img('trade-fair', 'The Hengyuan stand at the trade fair'), tags=['trade fairs'])
add('news', '2026-07-01T10:00:00', 'Safety record: two million hours without a lost-time injury at Wuxi',
    'The Wuxi plant reached the milestone on 28 June.',
    paras('Employees and contractors at the Wuxi plant have worked two million hours without a lost-time injury.',
          'The plant credits daily safety walks and a near-miss reporting app used by every shift.'),
    author='', source='Hengyuan Press Office')
add('news', '2026-06-16T09:20:00+08:00', 'Green bond of CNY 1.5 billion to fund solar roofs and heat pumps',
    'The bond was three times oversubscribed.',
    paras('Hengyuan placed a five-year green bond of CNY 1.5 billion at a coupon of 2.45%.',
          'Proceeds will fund solar roofs at six plants and heat pumps for paint shops.'),
    author='Treasury', source='Shanghai Securities News')
add('news', '2026-05-27T13:45:00+08:00', 'Hengyuan supplies 3,200 valves for the Yellow River diversion project',
    'The order is the largest single water contract in the group’s history.',
    paras('The valves, up to DN 2400, will regulate flow along 280 km of the diversion canal.',
          'Deliveries run until 2028. Hengyuan will also train the operator’s maintenance teams.'),
    author='Zhou Min', source='Hengyuan Press Office', image=img('harbour', 'Large valves being loaded at the harbour'), tags=['water'])
add('news', '2026-05-08T10:00:00+08:00', 'Employees plant 12,000 trees on Arbor Day',
    'Volunteers from 14 sites planted trees in Inner Mongolia and along the Taihu lake shore.',
    paras('Over two weekends, 2,300 employees and their families planted 12,000 trees.',
          'The group will follow the saplings’ survival with the local forestry bureaus for three years.'),
    author='Corporate Communications', image=img('green-campus', 'Young trees on the plant campus', 'string'))
add('news', '2026-04-17', 'Annual general meeting approves dividend of CNY 0.42 per share',
    'Shareholders also re-elected the board for three years.',
    paras('The annual general meeting approved a dividend of CNY 0.42 per share, up from 0.38.',
          'All resolutions were passed with more than 95% of the votes.'),
    author='Board Office', source='Shanghai Stock Exchange announcement')
add('news', '2026-03-30T09:00:00+08:00', 'Hengyuan and Tongji University open a joint fluid-dynamics lab',
    'The lab will study cavitation in large valves.',
    paras('The joint laboratory on Tongji’s Jiading campus has a flow loop able to test valves at 4,000 m³ per hour.',
          'Ten doctoral students will work in the lab each year.'),
    author='Research Centre', source='Tongji University News', image=img('lab', 'Researchers in the flow laboratory'))
add('news', '2026-03-10T14:30:00+08:00', 'New chief technology officer appointed',
    'Dr. Sun Qian joins from a leading automation company.',
    paras('The board has appointed Dr. Sun Qian as chief technology officer from 1 April.',
          'She led sensor development at an automation company for twelve years.'),
    author='', source='Hengyuan Press Office')
add('news', '2026-02-20T09:15:00+08:00', 'Spring Festival: plants back at full output',
    'All 14 plants resumed full production within a week of the holiday.',
    paras('Production restarted in two stages, with maintenance teams returning first to inspect lines.'),
    author='Operations', source='Hengyuan Press Office')
add('news', '2026-01-25T10:00:00+08:00', 'Record year: 2025 revenue tops CNY 15 billion',
    'Preliminary figures show revenue up 8% and the best cash flow in ten years.',
    paras('Preliminary, unaudited figures put 2025 revenue at CNY 15.2 billion.',
          'The audited annual report will be published on 28 March.'),
    author='Investor Relations', source='Hengyuan Investor Relations', image=img('growth-chart', 'Chart of annual revenue', 'string'))
add('news', '2025-12-15T11:00:00+08:00', 'Hengyuan valves chosen for Shenzhen’s new desalination plant',
    'The plant will supply 400,000 m³ of drinking water a day.',
    paras('Duplex steel valves from Hengyuan will handle seawater at the pre-treatment and reverse-osmosis stages.'),
    author='Chen Hao', image=img('globe', 'A globe of water and trade routes'))
add('news', '2025-11-28T09:30:00+08:00', 'Energy use per valve down 18% in three years',
    'Heat recovery and new furnaces cut energy use at the foundries.',
    paras('The group’s foundries now recover heat from furnace exhausts to warm paint shops and offices.',
          'Energy per valve shipped fell 18% between 2022 and 2025.'),
    author='Sustainability Office', tags=['ESG'])
add('news', '2025-10-09T15:00:00+08:00', 'Open day in Wuxi draws 5,000 visitors',
    'Families toured the plant and tried the valve assembly challenge.',
    paras('The plant opened its gates to employees’ families and neighbours for the first time since 2019.'),
    author='Corporate Communications', image=img('team', 'Visitors at the open day'))
add('news', '2025-08-20T10:00:00+08:00', 'Hengyuan completes acquisition of Italian actuator maker Attuatori Po',
    'The acquisition adds electric actuators to the group’s range.',
    paras('Attuatori Po, based near Piacenza, employs 230 people and makes electric and pneumatic actuators.',
          'It will keep its name, management and site.'),
    author='Zhou Min', source='Reuters')
add('news', '2025-06-18T09:00:00+08:00', 'New logistics hub in Tianjin shortens delivery to the north',
    'Standard valves now reach customers in Beijing and Hebei the next day.',
    paras('The 25,000 m² hub holds 60,000 standard valves and spare parts.'),
    author='Supply Chain', image=img('warehouse', 'Racks of valves in the logistics hub'))
add('news', '2025-04-02T10:30:00', 'Hengyuan signs the UN Global Compact',
    'The group commits to the ten principles on human rights, labour, environment and anti-corruption.',
    paras('Hengyuan will report on its progress every year in its sustainability report.'),
    author='Sustainability Office', tags=['ESG'])
add('news', '2025-01-08T02:00:00Z', 'New year message from the chairman',
    '“Our customers run the water, energy and chemical plants that a modern country depends on.”',
    paras('In his new year message, chairman Huang Jianguo thanked employees for a year of record orders and a safer workplace.',
          'He named three priorities for 2025: service, hydrogen and talent.'),
    author='Huang Jianguo', source='Hengyuan Press Office')
add('news', '2024-12-05T09:00:00+08:00', 'Hengyuan listed among China’s top 100 industrial brands',
    'The group entered the ranking at number 68.',
    paras('The ranking, compiled by an industry weekly, measures awareness, quality and customer loyalty.'),
    author='', source='Industry Weekly', image=img('city-office', 'Group headquarters in Shanghai'))

# ---- Product Management (5)
add('product-management', '2026-10-10T10:00:00+08:00', 'HY-7700 series control valve: smarter positioner, lower emissions',
    'The new series meets ISO 15848 class A for fugitive emissions.',
    paras('The HY-7700 series pairs a redesigned packing with a digital positioner that logs every stroke.',
          '<ul><li>DN 25 to DN 300</li><li>PN 16 to PN 100</li><li>HART and PROFINET</li></ul>'),
    author='Product Management', source='Hengyuan Product News', image=img('product-valve', 'The HY-7700 control valve'))
add('product-management', '2026-06-25T09:30:00+08:00', 'Lifecycle notice: HY-3000 butterfly valves',
    'The HY-3000 series will be replaced by the HY-3500 from January 2027; spare parts remain available until 2037.',
    paras('Orders for the HY-3000 series can be placed until 31 December 2026.', 'The HY-3500 fits the same flanges and actuators.'),
    author='Product Management')
add('product-management', '2026-02-12T10:00:00+08:00', 'Valve Monitor app: condition data on your phone',
    'Plant operators can now see valve health and service history on site.',
    paras('The Valve Monitor app reads a valve’s tag by NFC and shows its stroke count, alarms and last service.'),
    author='Digital Services', image=img('control-room', 'Operators in a control room'))
add('product-management', '2025-09-03T10:00:00+08:00', 'Electric actuators now available with Bluetooth commissioning',
    'Commissioning without opening the housing saves time in hazardous areas.',
    paras('The new EA series can be set up from a tablet up to ten metres away.'),
    author='', source='Hengyuan Product News', image=img('robot-arm', 'An actuator on a test bench'))
add('product-management', '2025-03-14T10:00:00+08:00', 'Price list 2025 and delivery times',
    'The new price list applies to orders from 1 April 2025.',
    paras('Standard valves ship within ten working days; engineered valves within eight weeks.',
          'Ask your sales engineer for the full list.'),
    author='Sales Operations')

# ---- Introduction (4) with the long article
long_body = (
    '<p>Hengyuan Group is a manufacturer of industrial valves, actuators and control systems, and a provider of services for the plants that use them. Founded in 1998 as a small foundry in Wuxi, the group now employs 11,400 people in fourteen plants and sells in more than sixty countries. This page describes where the group comes from, what it makes, how it is organised and how it works with customers, suppliers and the communities around its plants.</p>'
    '<h2>History</h2>'
    '<p>The founders, three engineers from a state-owned machinery works, started with a single induction furnace and an order for 400 gate valves for a water utility in Jiangsu. The utility’s engineers liked the valves because they could be repaired on site; the company’s reputation for service began there. Within five years the foundry had grown into a valve maker with its own machining and assembly, and in 2006 it opened its first plant outside Wuxi, in Tianjin, to serve customers in the north.</p>'
    '<p>The 2008 stimulus programme brought large orders from water and power projects, and the company invested in testing: a flow loop, a high-pressure test bench, and a laboratory for materials. In 2012 Hengyuan listed on the Shanghai Stock Exchange. The listing funded the move into control valves and actuators, which customers had asked for so that they could buy a complete, tested assembly from one supplier.</p>'
    '<figure><img src="images/plant-night.jpg" alt="The Wuxi plant at night" width="640" height="360"><figcaption>The Wuxi plant, where the group began, runs three shifts today.</figcaption></figure>'
    '<h3>Becoming international</h3>'
    '<p>Exports began through distributors in South-East Asia. The first subsidiary abroad opened in Singapore in 2014, followed by Dubai, São Paulo and Rotterdam. In 2025 the group acquired Attuatori Po in Italy, its first manufacturing site in Europe. Today a little over a quarter of revenue comes from outside China.</p>'
    '<h2>What we make</h2>'
    '<p>The product range covers the valves that control the flow of water, steam, gas, oil and chemicals, the actuators that move them, and the instruments and software that tell operators how they are doing. The main families are:</p>'
    '<ul><li><strong>Isolation valves</strong>: gate, globe, ball and butterfly valves from DN 15 to DN 3000.</li><li><strong>Control valves</strong>: the HY-7700 and HY-9000 series, with digital positioners.</li><li><strong>Actuators</strong>: electric, pneumatic and hydraulic, from Wuxi and Piacenza.</li><li><strong>Instruments and software</strong>: valve monitors, the Valve Monitor app and the Plant Insight platform.</li></ul>'
    '<p>Part numbers follow a long, structured code so that a spare part always fits the valve it is meant for; a typical example is HY-ALPHA-PROCESSCONTROLLER-SERIES-7700-XL-REVISION-C-INDUSTRIAL-EDITION, which tells a service engineer the family, series, size, revision and certification at a glance.</p>'
    '<h2>Key figures</h2>'
    '<p>The table shows how the group has grown over the last ten years by region. Revenue is in millions of yuan; employees are at year end.</p>'
    '<table><thead><tr><th>Year</th><th>East China</th><th>North China</th><th>South &amp; West China</th><th>Asia-Pacific</th><th>Europe &amp; Middle East</th><th>Employees</th></tr></thead><tbody>'
    '<tr><td>2018</td><td>3,120</td><td>1,410</td><td>980</td><td>520</td><td>210</td><td>6,900</td></tr>'
    '<tr><td>2019</td><td>3,380</td><td>1,520</td><td>1,060</td><td>610</td><td>260</td><td>7,300</td></tr>'
    '<tr><td>2020</td><td>3,290</td><td>1,480</td><td>1,120</td><td>560</td><td>240</td><td>7,400</td></tr>'
    '<tr><td>2021</td><td>3,850</td><td>1,690</td><td>1,300</td><td>720</td><td>330</td><td>8,100</td></tr>'
    '<tr><td>2022</td><td>4,210</td><td>1,830</td><td>1,470</td><td>880</td><td>420</td><td>8,800</td></tr>'
    '<tr><td>2023</td><td>4,560</td><td>1,960</td><td>1,610</td><td>1,020</td><td>560</td><td>9,600</td></tr>'
    '<tr><td>2024</td><td>4,930</td><td>2,080</td><td>1,760</td><td>1,190</td><td>730</td><td>10,500</td></tr>'
    '<tr><td>2025</td><td>5,240</td><td>2,190</td><td>1,890</td><td>1,380</td><td>1,100</td><td>11,400</td></tr>'
    '</tbody></table>'
    '<h2>How the group is organised</h2>'
    '<p>Hengyuan has three business lines, each responsible for its products from development to service:</p>'
    '<ol><li><strong>Water &amp; Infrastructure</strong> serves water utilities, irrigation and district heating.</li><li><strong>Energy</strong> serves power plants, grids, oil and gas and, increasingly, hydrogen.</li><li><strong>Process Industries</strong> serves chemicals, pharmaceuticals, food and paper.</li></ol>'
    '<p>Shared functions — research, purchasing, quality, finance and human resources — work for all three lines from the headquarters in Shanghai. Each plant has its own management and profit responsibility, and the plant managers meet monthly to compare safety, quality and delivery figures.</p>'
    '<h3>Research and development</h3>'
    '<p>About 900 engineers work in research and development, in Shanghai, Wuxi and Piacenza. The group spends a little over four per cent of revenue on research, and holds 1,140 patents. Current work focuses on three topics: valves for hydrogen at high pressure, lower fugitive emissions, and condition monitoring that predicts maintenance instead of following a calendar.</p>'
    '<blockquote><p>“A valve is a simple thing until it has to close under 70 megapascals of hydrogen on a cold morning. That is where our engineers like to be.”</p><p>— Dr. Sun Qian, chief technology officer</p></blockquote>'
    '<h2>Customers and service</h2>'
    '<p>Most valves work for thirty years or more. The group therefore treats service as part of the product: nine service centres in China and six abroad keep spare parts and test benches, and service engineers reach most customers within a day. Service contracts include inspections, spare parts, repairs and upgrades of positioners and actuators. In 2025 service accounted for a fifth of revenue.</p>'
    '<p>Customers range from municipal water companies to the largest chemical parks in Asia. The group publishes its delivery reliability every quarter; in 2025, 96.4 per cent of orders shipped on or before the promised date.</p>'
    '<h2>Responsibility</h2>'
    '<p>The group’s sustainability programme has three goals for 2030: halve carbon emissions per valve against 2020, send no waste to landfill, and reach zero serious injuries. Progress is published every year in the sustainability report, which follows the GRI standards and is reviewed by an external auditor. More about the programme is on the <a href="https://example.com/sustainability">sustainability pages</a>.</p>'
    '<figure><img src="images/solar-field.jpg" alt="Solar panels on the Suzhou plant roof" width="640" height="360"><figcaption>Solar roofs supply part of the electricity of six plants.</figcaption></figure>'
    '<p>Plants work with their neighbours: apprenticeships with local vocational schools, open days for families, and support for schools and clinics near the sites. Employees volunteer more than 40,000 hours a year.</p>'
    '<h2>Governance</h2>'
    '<p>Hengyuan is listed on the Shanghai Stock Exchange. The board has nine members, four of them independent, and three committees for audit, remuneration and strategy. The founders’ families hold 31 per cent of the shares, institutional investors 52 per cent and employees, through an ownership plan, 6 per cent. The articles of association, the board’s rules and the annual reports are available on the investor relations pages.</p>'
)
add('introduction', '2026-01-15T09:00:00+08:00', 'About Hengyuan Group: history, business and structure',
    'Where the group comes from, what it makes, how it is organised and how it works — an overview with key figures.',
    long_body, author='Corporate Communications', source='Hengyuan Group',
    image=img('city-office', 'Hengyuan headquarters in Shanghai'), updatedAt='2026-06-30T10:00:00+08:00', tags=['company'])
add('introduction', '2025-09-20T10:00:00+08:00', 'Our values: safety, craftsmanship, service',
    'Three words that guide decisions in every plant.',
    paras('Safety comes first: no order is worth an injury.', 'Craftsmanship means a valve that can be repaired for thirty years.', 'Service means we answer the phone at three in the morning.'),
    author='', source='Hengyuan Group')
add('introduction', '2025-05-12T10:00:00+08:00', 'Research centre Shanghai',
    'Four hundred engineers, a flow loop and a hydrogen test bench.',
    paras('The research centre in Shanghai’s Minhang district develops the group’s valves, actuators and software.'),
    author='Research Centre', image=img('lab', 'The research centre’s flow loop', 'string'))
add('introduction', '2024-12-20T10:00:00+08:00', 'Board of directors',
    'Nine members, four of them independent.',
    paras('The board meets at least six times a year. Its committees cover audit, remuneration and strategy.'),
    author='Board Office')

# ---- Corporate Outlets (5)
for date, city, text, image in [
    ('2026-10-01T09:00:00+08:00', 'Singapore', 'Sales and service for South-East Asia, with a spare-parts warehouse in Jurong.', 'harbour'),
    ('2026-04-09T09:00:00+08:00', 'Dubai', 'Serving oil, gas and desalination customers in the Gulf from Jebel Ali.', None),
    ('2025-11-11T09:00:00+08:00', 'Rotterdam', 'Sales office and service centre for Europe, next to the port.', None),
    ('2025-07-07T09:00:00+08:00', 'São Paulo', 'Sales and service for South America since 2019.', None),
    ('2025-02-17T09:00:00+08:00', 'Piacenza', 'Attuatori Po, our actuator plant in Italy.', 'robot-arm'),
]:
    extra = {'image': img(image, f'The {city} office')} if image else {}
    add('corporate-outlets', date, f'Hengyuan {city}', text,
        paras(text, f'Contact: {city.lower().replace(" ", "").replace("ã", "a")}@hengyuan.example'), author='', **extra)

# ---- FAQ (4)
def qa(*pairs):
    return ''.join(f'<h3>{q}</h3><p>{a}</p>' for q, a in pairs)
add('faq', '2026-09-01T10:00:00+08:00', 'FAQ: ordering spare parts',
    'How to find the right part, and how fast it arrives.',
    qa(('Where do I find the part number?', 'On the valve’s name plate, or by scanning its tag with the Valve Monitor app.'),
       ('How fast are spare parts delivered?', 'Parts in stock ship the same day; in China they arrive within 48 hours.'),
       ('Can I order parts for valves older than twenty years?', 'Yes. We keep drawings of every valve we have made since 1998.')),
    author='Service')
add('faq', '2026-03-03T10:00:00+08:00', 'FAQ: warranty and returns',
    'What the warranty covers and how to return a valve.',
    qa(('How long is the warranty?', 'Two years from delivery, or eighteen months from commissioning.'),
       ('How do I return a valve?', 'Ask your service centre for a return number before sending it.')),
    author='Service', source='Hengyuan Service')
add('faq', '2025-10-30T10:00:00+08:00', 'FAQ: visiting our plants',
    'Customer visits, safety rules and how to get there.',
    qa(('Can customers visit production?', 'Yes, with an appointment. Safety shoes and glasses are provided.'),
       ('Is there parking?', 'Every plant has visitor parking at the main gate.')),
    author='')
add('faq', '2025-04-21T10:00:00+08:00', 'FAQ: careers and applications',
    'How to apply and what happens after.',
    qa(('Where do I apply?', 'On our careers pages. We answer every application within two weeks.'),
       ('Do you offer internships?', 'Yes, in engineering, finance and IT, for three to six months.')),
    author='Human Resources')

# ---- Corporate Video (4)
for i, (date, title, summary, name, poster, form) in enumerate([
    ('2026-11-12T10:00:00+08:00', 'Video: a tour of the Suzhou smart factory', 'Three minutes from the foundry to the test bench.', 'factory-tour', 'video-poster-1', 'object'),
    ('2026-07-25T10:00:00+08:00', 'Video: inside the control centre', 'How operators watch 14 plants from one room.', 'control-centre', 'video-poster-2', 'object'),
    ('2026-02-28T10:00:00+08:00', 'Video: valves for wind and solar', 'Our products in renewable energy projects.', 'wind-power', 'video-poster-3', 'string'),
    ('2025-08-08T10:00:00+08:00', 'Video: the HY-7700 assembly line', 'Watch a control valve come together.', 'valve-line', 'video-poster-4', 'object'),
]):
    video = f'media/{name}.webm' if form == 'string' else {'src': f'media/{name}.webm', 'poster': f'images/{poster}.jpg'}
    add('corporate-video', date, title, summary, paras(summary, 'The film has no sound; captions are not needed.'),
        author='Corporate Communications', video=video, image=img(poster, title))

# ---- Corporate Brochure (4)
for date, title, summary, files in [
    ('2026-10-15T10:00:00+08:00', 'Product Catalogue 2026', 'All valve, actuator and instrument families in one catalogue.', [('catalogue-2026', 'Hengyuan Product Catalogue 2026'), ('smart-factory', 'Smart Factory Solutions')]),
    ('2026-05-20T10:00:00+08:00', 'Sustainability Report 2025', 'Our figures for energy, water, safety and governance.', [('esg-report-2025', 'Sustainability Report 2025')]),
    ('2025-12-01T10:00:00+08:00', 'Company Profile', 'Hengyuan Group at a glance, for customers and partners.', [('company-profile', 'Company Profile')]),
    ('2025-06-10T10:00:00+08:00', 'Service and Spare Parts Guide', 'Maintenance plans, response times and spare parts.', [('service-guide', 'Service and Spare Parts Guide')]),
]:
    add('corporate-brochure', date, title, summary, paras(summary, 'Download the PDF below.'), author='',
        attachments=[{'url': f'media/{f}.pdf', 'name': n, 'size': sizes[f'media/{f}.pdf'], 'type': 'application/pdf'} for f, n in files])

# Newest first; ids as a CMS export would have them (a few as numbers).
def key(article):
    d = article['publishedAt']
    return d if 'T' in d else d + 'T00:00:00'
A.sort(key=key, reverse=True)
for i, article in enumerate(A):
    number = 1001 + (len(A) - 1 - i)
    article['id'] = number if i % 11 == 3 else str(number)
order = ['id', 'title', 'summary', 'category', 'author', 'source', 'publishedAt', 'updatedAt', 'image', 'video', 'attachments', 'tags', 'body']
articles = [{k: a[k] for k in order if k in a} for a in A]
counts = {}
for a in articles:
    counts[a['category']] = counts.get(a['category'], 0) + 1
assert len(articles) == 52, len(articles)
assert counts['news'] == 26, counts
(root / 'data' / 'news.json').write_text(json.dumps(articles, ensure_ascii=False, indent=1) + '\n')
(root / 'data' / 'categories.json').write_text(json.dumps([{'id': i, 'name': n} for i, n in categories], indent=1) + '\n')
print(len(articles), counts)
