//@@ header
#include <stdio.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool is_sorted(const int *lst, int lst_size) {
//@@ solution
    if (lst_size == 0) return true;

    for (int i = 1; i < lst_size; i++) {
        if (lst[i] < lst[i - 1]) return false;
        if (i >= 2 && lst[i] == lst[i - 1] && lst[i] == lst[i - 2]) return false;
    }
    return true;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {5};
        assert(is_sorted(a0, 1) == 1);
    }
    {
        int a0[] = {1, 2, 3, 4, 5};
        assert(is_sorted(a0, 5) == 1);
    }
    {
        int a0[] = {1, 3, 2, 4, 5};
        assert(is_sorted(a0, 5) == 0);
    }
    {
        int a0[] = {1, 2, 3, 4, 5, 6};
        assert(is_sorted(a0, 6) == 1);
    }
    {
        int a0[] = {1, 2, 3, 4, 5, 6, 7};
        assert(is_sorted(a0, 7) == 1);
    }
    {
        int a0[] = {1, 3, 2, 4, 5, 6, 7};
        assert(is_sorted(a0, 7) == 0);
    }
    {
        int a0[] = {0};
        assert(is_sorted(a0, 0) == 1);
    }
    {
        int a0[] = {1};
        assert(is_sorted(a0, 1) == 1);
    }
    {
        int a0[] = {3, 2, 1};
        assert(is_sorted(a0, 3) == 0);
    }
    {
        int a0[] = {1, 2, 2, 2, 3, 4};
        assert(is_sorted(a0, 6) == 0);
    }
    {
        int a0[] = {1, 2, 3, 3, 3, 4};
        assert(is_sorted(a0, 6) == 0);
    }
    {
        int a0[] = {1, 2, 2, 3, 3, 4};
        assert(is_sorted(a0, 6) == 1);
    }
    {
        int a0[] = {1, 2, 3, 4};
        assert(is_sorted(a0, 4) == 1);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {5};
        assert(is_sorted(a0, 1) == 1);
    }
    {
        int a0[] = {1, 2, 3, 4, 5};
        assert(is_sorted(a0, 5) == 1);
    }
    {
        int a0[] = {1, 3, 2, 4, 5};
        assert(is_sorted(a0, 5) == 0);
    }
    {
        int a0[] = {1, 2, 3, 4, 5, 6};
        assert(is_sorted(a0, 6) == 1);
    }
    {
        int a0[] = {1, 2, 3, 4, 5, 6, 7};
        assert(is_sorted(a0, 7) == 1);
    }
    {
        int a0[] = {1, 3, 2, 4, 5, 6, 7};
        assert(is_sorted(a0, 7) == 0);
    }
    {
        int a0[] = {1, 2, 2, 2, 3, 4};
        assert(is_sorted(a0, 6) == 0);
    }
    {
        int a0[] = {1, 2, 2, 3, 3, 4};
        assert(is_sorted(a0, 6) == 1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed is_sorted.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
