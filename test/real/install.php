<?php
// wp_install for the real-WordPress test (wordpress.mjs runs it with WORDPRESS_CONFIG and
// NEWS_WP_HOST set): the site "Acme Group News Centre", user admin, pretty permalinks, the site's
// time zone Asia/Shanghai; WordPress's sample content removed (seed.php writes the test's own).
$_SERVER['HTTP_HOST'] = getenv('NEWS_WP_HOST');
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Acme Group News Centre', 'admin', 'admin@example.com', false, '', 'admin-pass-123');
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%postname%/');
update_option('timezone_string', 'Asia/Shanghai');
update_option('gmt_offset', '');
update_option('posts_per_page', 10);
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $post) wp_delete_post($post->ID, true);
flush_rewrite_rules(false);
echo "installed WordPress " . get_bloginfo('version') . ", admin user {$r['user_id']}, permalinks " . get_option('permalink_structure') . ", time zone " . get_option('timezone_string') . "\n";
