"""Expected cards for the real notes in ``../shared/seeds``.

``EXPECTED`` is what a learner reading each note would make into cards (question -> a piece
of the answer); ``ACCEPTABLE`` are further cards that are fair but not ones every learner
would pick. Every expected card must be found; anything outside both lists counts as junk,
and junk must stay at or under 5% of the cards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from notecards.core.extract import extract_bytes
from notecards.core.model import Card

EXPECTED: dict[str, dict[str, str]] = {
    "boostcamp-week4.md": {
        "인공지능": "사람의 지능을 모방하는 것",
        "무엇이 좋은 딥러너의 요소인가": "구현 스킬, 수학 스킬",
        "딥러닝에 중요한 요소들": "학습할 데이터",
        "AlexNet": "패러다임 시프트",
        "DQN": "강화학습의 딥러닝 적용판",
        "Transformer": "Attention is all you need",
        "Bert": "파인 튜닝",
        "Self-Supervised Learning": "불명확한 데이터",
        "generalization": "갭(generalization gap)이 클 수록 overfitting",
        "cross-validation": "학습 데이터를 k개로 나눠",
        "bias and variance": "low bias, low variance",
        "Bootstrapping": "랜덤 샘플링",
        "Bagging": "Bootstrapping aggregating",
        "Boosting": "strong learner",
        "Stochastic": "한 샘플로 진행",
        "Mini-batch": "서브 데이터셋",
        "Momentum": "방향을 유지",
        "Adagrad": "learning rate 수정",
        "RMSprop": "스텝사이즈",
        "Adam": "Adaptive learning rate",
        "Early Stopping": "학습 중지",
        "Dropout": "뉴런들을 탈락",
        "Batch Normalization": "통계학적으로",
        "Label Smoothing": "Mixup, Cutmix",
        "Stride": "보폭",
        "Padding": "제로패딩",
        "1x1 convolution": "차원을 줄이는",
        "VGGNet": "3x3 conv",
        "GoogLeNet": "inception blocks",
        "ResNet": "skip connection",
        "DenseNet": "concatenation",
        "Semantic Segmentation": "각 픽셀의 라벨링",
        "Fully convolution Network": "Dense layer를 없애고",
        "R-CNN": "다양한 요소들의 이미지",
        "Faster R-CNN": "region proposal network",
        "YOLO": "매우 빠름",
        "Markov model": "바로 전 과거만",
        "LSTM": "Long Short Term Memory",
        "Forget gate": "버릴 지 결정",
        "GRU": "Gated Recurrent Unit",
        "NADE": "ARM",
        "Autoencoder는 생성모델인가?": "엄밀히는 X",
        "GAN": "Generator, Discriminator",
        "Polar Plot": "극좌표계",
        "Radar Plot": "star plot",
        "Pie Chart": "부채꼴",
        "Donut Chart": "가운데가 빔",
        "Sunburst Chart": "계층 데이터",
        "Missingno": "결측치",
        "Treemap": "직사각형",
        "Waffle Chart": "와플 형태",
        "tqdm": "프로그레스 바",
        "einops": "텐서 변형",
        "AAE": "VAE + GAN",
    },
    "til-2023-w05.md": {
        "3D learning의 장점?": "원근법",
        "multiview": "richly-annotated",
        "mesh": "point + 관계",
        "volumetric": "voxel labeling",
        "pointcloud": "set of points",
        "PointNet": "point cloud",
        "GP-Sig-GRU": "Gaussian processes",
        "MALSTM-FCN": "Multivariate LSTM-FCNs",
        "tsai(timeseries AI)": "sota dl for timeseries",
        "전방산업": "최종소비자에 가까운 산업",
        "후방산업": "원자재와 원료쪽에 가까운 산업",
        "상계": "할부로 샀을 때",
        "종합소득세": "직접 신고해야함",
        "이자/배당/사업/근로/연금/기타소득": "종합과세 방식",
        "퇴직소득, 양도소득": "분류과세 방식",
        "self-attention": "쿼리 [단어에 대한 가중치]",
        "masked self-attention": "마스킹 처리",
        "multi-head attention": "scaled dot-product attention",
        "Transformer model": "sequential data의 관계를 tracking",
        "encoder": "self attention",
        "decoder": "masked self attention",
        "transformer사용시 고려해야할 점": "연산량",
        "그럼에도 불구하고 잘되는 이유?": "positional encoding",
        "MLOps": "Machine Learning Operation",
        "HOI": "find triplet",
        "sequential HOI detector": "다 detect한 뒤에",
        "parallel HOI detector": "ROI",
        "HOTR (HOI+transformer, CVPR2021)": "DETR base",
    },
    "today-i-learned-mojibake.md": {
        "squeeze": "차원이 1인 차원을 제거하는 함수",
        "unsqueeze": "1인 차원을 추가하는 함수",
        "view": "텐서의 shape을 변경해주는 함수",
        "Easy triplets": "$d(a, p) + \\text{margin} < d(a, n)$",
        "Hard triplets": "$d(a,n) < d(a, p)$",
        "Semi-hard triplets": "\\text{margin}$",
        "Underdetemined (n < m)": "Infinitely many solution",
        "Overdetermined (n > m)": "Zero solution",
        "convex combination": "계수의 합이 1",
        "Upper bound (상계)": "upper bound",
        "Supremum, Least upper bound (상한)": "$\\alpha = \\sup E$",
        "Infimum, Greatest lower bound (하한)": "$\\alpha = \\inf E$",
        "Federated Learning (FL)": "FedAvg",
        "Personalized Federated Learning (PFL)": "Client specific weights",
        "Imitation Learning (IL)": "Behavior cloning",
        "Generative Adversariel Imitation Learning (GAIL)": "expert actions",
        "The stability-plasticity dilemma": "기존의 지식을 잊어버리지도",
        "Noisy label이란 무엇을 의미하는가?": "labeling noise",
        "Ad-hoc이란 무엇을 의미하는가?": "특정 하나의 목적",
        "Novelty detection": "새로운 트렌드",
        "Outlier detection": "오염되거나 손상된 데이터",
        "Anomaly detection": "모두 포함하는",
        "Localization": "Single object",
        "Object detection": "Multiple object",
        "Segmentation": "픽셀 단위로",
        "2-Stage 방식": "Region proposal",
        "1-Stage 방식": "한 번에 수행",
        "Sliding window": "슬라이딩",
        "Selective search": "인접한 영역끼리",
        "NMS": "여러 bounding box가 같은 class로 겹쳐있다면, 하나의 class로 통합하는 방법",
        "RoI": "Region of Intereset",
        "R-CNN": "2000개",
        "Faster R-CNN": "Region Proposal Network(RPN)",
        "YOLO": "NxN 그리드",
        "SSD": "테두리 상자",
        "Bayesian Inference": "사후 확률",
        "Natural language supervision": "짝을 이루는 데이터셋",
        "Domain generalization": "target domain에 일반화",
        "Domain adaptation": "재학습",
        "AutoEncoder": "latent variable",
        "VAE": "prior",
        "VQ-VAE": "codebook",
        "DINO": "momentum encoder",
        "Apache Arrow": "zero-copy read",
    },
}

ACCEPTABLE: dict[str, set[str]] = {
    "boostcamp-week4.md": {
        "Historic Review of Deep Learning",
        "학습할 데이터",
        "모델을 평가할 손실함수",
        "딥러닝의 역사",
        "Encoder/Decoder, Adam",
        "GAN, ResNet",
        "GPT-X",
        "Multi-Layer Perceptron",
        "인공 신경망",
        "cost",
        "Bootstrapping aggregating",
        "Gradient Descent Methods",
        "Batch",
        "Other GD Methods",
        "Nestrov Accelerated Gradient",
        "Adadelta",
        "Regularization",
        "Parameter Norm Penalty",
        "Data Augmentation",
        "Noise Robustness",
        "Convolution Neural Network",
        "CNN의 고전적 구조",
        "convolution & pooling layer",
        "Fully connected layer",
        "Relu",
        "Detection",
        "SPPNet",
        "Fast R-CNN",
        "Sequential Model",
        "Latent autoregressive model",
        "Recurrent Neural Network",
        "Input Gate",
        "Update Cell",
        "output Gate",
        "Transtormer",
        "인코더",
        "멀티 헤디드 어텐션",
        "생성 모델을 학습한다?",
        "Pixel RNN",
        "Variational Inference",
        "Adversarial Auto-encoder",
        "Venn",
        "Vanishing or Exploding gradient 문제",
    },
    "til-2023-w05.md": {
        "적용분야",
        "Computer vision",
        "자율주행",
        "전후방산업",
        "자동차산업",
        "고용소득 외에 최근 5년 다른 소득이 있었다면?",
        "신성장동력",
        "Attention model",
        "쿼리 [단어에 대한 가중치]",
        "키 [단어가 쿼리와 얼마나 연관되었는지 비교하는 가중치]",
        "value[의미에 대한 가중치]",
        "train data",
        "adaptation tasks",
        "Design",
        "Model development",
        "Operation",
        "OPIC",
        "skeleton data형태",
        "라벨",
    },
    "today-i-learned-mojibake.md": {
        "moments about zero",
        "Reinforcement Learning (RL)",
        "Purpose",
        "Limitation",
        "PFL via Meta-learning",
        "Simulation-based Learning",
        "Region proposal 방식",
        "Fast R-CNN",
        "Contastive pre-training",
        "Style-based generalization",
        "Image generator",
        "Image information creator",
        "Image decoder",
        "Text conditioning",
        "Forward pass",
        "Backward pass",
        "Loss",
        "CL",
        "MIM",
        "Hyper-parameter tuning 고민",
        "Define requirements",
        "Training and validation data",
        "Model selection",
        "Model evaluation",
        "Testing and validation",
        "Iterative improvement",
        "Ethical considerations",
        "Scalability and resource requirements",
        "Robustness and reliability",
        "Cost considerations",
        "Self-supervised ViT의 특징",
        "DINO v2",
        "Main purpose",
        "Huggingface datasets w. arrow",
    },
}

NEVER: dict[str, set[str]] = {
    "boostcamp-week4.md": {
        "기본과제",
        "기본 과제 1 (MLP)",
        "내가 생각하는 활동점수(100점만점)",
        "잘했던것, 좋았던것, 계속할것",
        "키워드(공부한 것,알게된 것, 느낀 점)",
    },
    "til-2023-w05.md": {
        "AI생태계",
        "video",
        "pytorch, tf + 협업개발SW(github, VScode)",
        "self-attention - 참조: (https://aimb.tistory.com/182)",
    },
    "today-i-learned-mojibake.md": {
        "ML library",
        "ML & DL",
        "한가지 의문",
        "참고 링크",
        "영상 링크",
        "논문 링크",
    },
}


@pytest.fixture(scope="module")
def seed_cards(seeds: Path) -> dict[str, list[Card]]:
    extracted = {}
    for name in EXPECTED:
        extraction = extract_bytes((seeds / name).read_bytes(), name, default_deck="seeds")
        assert not [w for w in extraction.warnings if "could not read" in w.message]
        extracted[name] = list(extraction.cards)
    return extracted


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_expected_card_is_found(seed_cards: dict[str, list[Card]], name: str) -> None:
    found: dict[str, list[str]] = {}
    for card in seed_cards[name]:
        found.setdefault(card.question, []).append(card.answer)
    missing = [question for question in EXPECTED[name] if question not in found]
    assert not missing, f"missing cards: {missing}"
    wrong = {
        question: found[question]
        for question, fragment in EXPECTED[name].items()
        if not any(fragment in answer for answer in found[question])
    }
    assert not wrong, f"answers without the expected text: {wrong}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_junk_stays_under_five_percent(seed_cards: dict[str, list[Card]], name: str) -> None:
    allowed = set(EXPECTED[name]) | ACCEPTABLE[name]
    junk = [card.question for card in seed_cards[name] if card.question not in allowed]
    assert len(junk) <= 0.05 * len(seed_cards[name]), f"unexpected cards: {junk}"
    assert not NEVER[name] & {card.question for card in seed_cards[name]}


def test_seed_cards_carry_lines_deck_and_tags(seed_cards: dict[str, list[Card]]) -> None:
    nms = next(c for c in seed_cards["today-i-learned-mojibake.md"] if c.question == "NMS")
    assert nms.line == 318
    assert nms.deck == "seeds"
    til = seed_cards["til-2023-w05.md"][0]
    assert "Transformer" in til.tags and "경제" in til.tags
    sangye = next(c for c in seed_cards["til-2023-w05.md"] if c.question == "상계")
    assert sangye.context == ("This week I Learned 01", "23.02.01. TIL")  # front matter title
    assert sangye.line == 51


def test_keys_are_unique_within_each_seed(seed_cards: dict[str, list[Card]]) -> None:
    for cards in seed_cards.values():
        assert len({card.key for card in cards}) == len(cards)
