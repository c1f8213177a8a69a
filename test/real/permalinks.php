<?php
// Sets the permalink structure, as Settings → Permalinks does: '' is Plain (`?p=1`, and the REST
// API only at `?rest_route=`), '/%year%/%monthnum%/%postname%/' a pretty one (`/wp-json/`).
$_SERVER['HTTP_HOST'] = getenv('NEWS_WP_HOST');
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
global $wp_rewrite;
$wp_rewrite->set_permalink_structure($argv[1] ?? '');
flush_rewrite_rules(false);
echo "permalinks: '" . get_option('permalink_structure') . "'\n";
