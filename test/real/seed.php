<?php
// The real-WordPress test's content, written through WordPress's own API (wordpress.mjs runs it
// after install.php). Prints what the test needs to know as JSON: the ids of categories, posts,
// users and images. Dates are the site's local time (Asia/Shanghai), as an editor types them.
$_SERVER['HTTP_HOST'] = getenv('NEWS_WP_HOST');
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
wp_set_current_user(1); // admin: may post unfiltered HTML (the embed)

function fail($what, $error) {
  fwrite(STDERR, "seed: $what: " . (is_wp_error($error) ? $error->get_error_message() : var_export($error, true)) . "\n");
  exit(1);
}

function category($name, $slug, $parent = 0) {
  $term = wp_insert_term($name, 'category', ['slug' => $slug, 'parent' => $parent]);
  if (is_wp_error($term)) fail("category $slug", $term);
  return $term['term_id'];
}

function user($login, $display, $role) {
  $id = wp_insert_user(['user_login' => $login, 'user_pass' => "$login-pass-123", 'user_email' => "$login@example.com", 'display_name' => $display, 'role' => $role]);
  if (is_wp_error($id)) fail("user $login", $id);
  return $id;
}

/** A PNG made with GD, uploaded as WordPress does (sub-sizes, metadata), with its alt text. */
function image($file, $width, $height, $rgb, $alt) {
  $picture = imagecreatetruecolor($width, $height);
  imagefill($picture, 0, 0, imagecolorallocate($picture, ...$rgb));
  $tmp = wp_tempnam($file);
  imagepng($picture, $tmp);
  $id = media_handle_sideload(['name' => $file, 'tmp_name' => $tmp], 0, $alt);
  if (is_wp_error($id)) fail("image $file", $id);
  update_post_meta($id, '_wp_attachment_image_alt', $alt);
  return $id;
}

function post($title, $content, $date, $categories, $author, $extra = []) {
  $id = wp_insert_post(array_merge([
    'post_title' => $title,
    'post_content' => $content,
    'post_status' => 'publish',
    'post_date' => $date,
    'post_category' => $categories,
    'post_author' => $author,
  ], $extra), true);
  if (is_wp_error($id)) fail("post $title", $id);
  return $id;
}

$pm = category('Product Management', 'product-management');
$rd = category('R&D', 'r-d', $pm);
$news = category('News', 'news');
$intro = category('Introduction', 'introduction');
$events = category('Events', 'events'); // no posts: WordPress leaves it out (hide_empty)
$corporate = category('Corporate', 'corporate'); // no posts of its own, one in its child: it is listed
$ir = category('Investor Relations', 'investor-relations', $corporate);

$jane = user('jane', 'Jane Doe', 'editor');
$li = user('liming', '李明', 'author');

$cover = image('roadmap-cover.png', 1200, 675, [30, 90, 160], 'Roadmap slide');
$factory = image('factory.png', 800, 450, [200, 120, 40], 'The Suzhou factory');
$factoryUrl = wp_get_attachment_url($factory);
$factoryPath = wp_parse_url($factoryUrl, PHP_URL_PATH); // root-relative, as editors paste it

$posts = [];
$posts['roadmap'] = post('集团发布2026年度产品路线图', '<p>产品管理部发布了新一年的路线图。</p><h2>重点</h2><p>更快的发布节奏。</p>', '2026-03-20 09:15:00', [$pm], $li);
set_post_thumbnail($posts['roadmap'], $cover);
$posts['partners'] = post(
  'Acme & Partners: "Smart" factories -- what\'s next?',
  "<p>Our partners toured the plant.</p>\n<p><img src=\"$factoryPath\" alt=\"The Suzhou factory\" width=\"800\" height=\"450\"></p>\n<p><a href=\"/?p=1\">An older story</a></p>",
  '2026-03-18 14:00:00', [$news], $jane,
);
set_post_thumbnail($posts['partners'], $factory);
$posts['lab'] = post('R&D lab opens in Suzhou', '<p>The new lab of our R&amp;D team opened today.</p>', '2026-03-15 10:30:00', [$rd], $jane);
$posts['tour'] = post(
  'Watch: our factory tour',
  '<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">'
    . '<iframe title="Factory tour" width="640" height="360" src="https://www.youtube-nocookie.com/embed/abc123XYZ_0" frameborder="0" allowfullscreen></iframe>'
    . '</div></figure><p>Ten minutes on the shop floor.</p>',
  '2026-03-12 08:00:00', [$intro], $jane,
);
$posts['ir'] = post('Investor day 2026', '<p>Our first investor day.</p>', '2026-03-05 10:00:00', [$ir], $jane);
for ($i = 1; $i <= 4; $i++) {
  $posts["pm$i"] = post("Product Management weekly #$i", "<p>Week $i in product management.</p>", sprintf('2026-02-%02d 09:00:00', 20 - $i), [$pm], $jane);
}
for ($i = 1; $i <= 4; $i++) {
  $posts["news$i"] = post("News brief #$i", "<p>Brief $i.</p>", sprintf('2026-02-%02d 16:45:00', 10 - $i), [$news], $li);
}
$posts['about'] = post('About the Acme Group', '<p>Who we are.</p>', '2026-01-20 11:00:00', [$intro], $jane);
// The oldest post, yet first on page 1 of All: sticky, as on WordPress's home page.
$posts['annual'] = post('Annual report 2025 is out', '<p>The annual report.</p>', '2026-01-05 09:00:00', [$news], $jane);
stick_post($posts['annual']);
// Not public: a draft, a private post (a visitor gets 401 for both), and one in the trash.
$posts['draft'] = post('Draft: unannounced product', '<p>Secret.</p>', '2026-03-21 09:00:00', [$pm], $jane, ['post_status' => 'draft']);
$posts['private'] = post('Private: board minutes', '<p>Internal.</p>', '2026-03-19 09:00:00', [$news], $jane, ['post_status' => 'private']);
$posts['trashed'] = post('Withdrawn story', '<p>Gone.</p>', '2026-03-17 09:00:00', [$news], $jane);
wp_trash_post($posts['trashed']);

echo json_encode([
  'categories' => ['product-management' => $pm, 'r-d' => $rd, 'news' => $news, 'introduction' => $intro, 'events' => $events, 'corporate' => $corporate, 'investor-relations' => $ir],
  'users' => ['jane' => $jane, 'liming' => $li],
  'media' => ['cover' => $cover, 'factory' => $factory, 'factoryPath' => $factoryPath],
  'posts' => $posts,
  'sticky' => get_option('sticky_posts'),
], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
