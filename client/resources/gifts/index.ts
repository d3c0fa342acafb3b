import CardGiftcardIcon from '@mui/icons-material/CardGiftcard';
import { genericResource } from '../generic/genericResource';

export default genericResource({
  icon: CardGiftcardIcon,
  listColumns: ['name', 'category', 'points_price', 'stock', 'valid_from', 'valid_to', 'active'],
});
