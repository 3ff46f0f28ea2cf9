//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
void strange_sort_list(int *lst, int size, int *out) {
//@@ solution
    for (int i = 0; i < size - 1; i++) {
        for (int j = i + 1; j < size; j++) {
            if (lst[i] > lst[j]) {
                int temp = lst[i];
                lst[i] = lst[j];
                lst[j] = temp;
            }
        }
    }

    int l = 0, r = size - 1;
    int index = 0;

    while (l <= r) {
        if (l == r) {
            out[index++] = lst[l++];
        } else {
            out[index++] = lst[l++];
            out[index++] = lst[r--];
        }
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {1, 2, 3, 4};
        int out[1024] = {0};
        strange_sort_list(a0, 4, out);
        assert(out[0] == 1);
        assert(out[1] == 4);
        assert(out[2] == 2);
        assert(out[3] == 3);
    }
    {
        int a0[] = {5, 6, 7, 8, 9};
        int out[1024] = {0};
        strange_sort_list(a0, 5, out);
        assert(out[0] == 5);
        assert(out[1] == 9);
        assert(out[2] == 6);
        assert(out[3] == 8);
        assert(out[4] == 7);
    }
    {
        int a0[] = {1, 2, 3, 4, 5};
        int out[1024] = {0};
        strange_sort_list(a0, 5, out);
        assert(out[0] == 1);
        assert(out[1] == 5);
        assert(out[2] == 2);
        assert(out[3] == 4);
        assert(out[4] == 3);
    }
    {
        int a0[] = {5, 6, 7, 8, 9, 1};
        int out[1024] = {0};
        strange_sort_list(a0, 6, out);
        assert(out[0] == 1);
        assert(out[1] == 9);
        assert(out[2] == 5);
        assert(out[3] == 8);
        assert(out[4] == 6);
        assert(out[5] == 7);
    }
    {
        int a0[] = {5, 5, 5, 5};
        int out[1024] = {0};
        strange_sort_list(a0, 4, out);
        assert(out[0] == 5);
        assert(out[1] == 5);
        assert(out[2] == 5);
        assert(out[3] == 5);
    }
    {
        int a0[] = {0};
        int out[1024] = {0};
        strange_sort_list(a0, 0, out);
    }
    {
        int a0[] = {1, 2, 3, 4, 5, 6, 7, 8};
        int out[1024] = {0};
        strange_sort_list(a0, 8, out);
        assert(out[0] == 1);
        assert(out[1] == 8);
        assert(out[2] == 2);
        assert(out[3] == 7);
        assert(out[4] == 3);
        assert(out[5] == 6);
        assert(out[6] == 4);
        assert(out[7] == 5);
    }
    {
        int a0[] = {0, 2, 2, 2, 5, 5, -5, -5};
        int out[1024] = {0};
        strange_sort_list(a0, 8, out);
        assert(out[0] == -5);
        assert(out[1] == 5);
        assert(out[2] == -5);
        assert(out[3] == 5);
        assert(out[4] == 0);
        assert(out[5] == 2);
        assert(out[6] == 2);
        assert(out[7] == 2);
    }
    {
        int a0[] = {111111};
        int out[1024] = {0};
        strange_sort_list(a0, 1, out);
        assert(out[0] == 111111);
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
        int a0[] = {1, 2, 3, 4};
        int out[1024] = {0};
        strange_sort_list(a0, 4, out);
        assert(out[0] == 1);
        assert(out[1] == 4);
        assert(out[2] == 2);
        assert(out[3] == 3);
    }
    {
        int a0[] = {5, 5, 5, 5};
        int out[1024] = {0};
        strange_sort_list(a0, 4, out);
        assert(out[0] == 5);
        assert(out[1] == 5);
        assert(out[2] == 5);
        assert(out[3] == 5);
    }
    {
        int a0[] = {0};
        int out[1024] = {0};
        strange_sort_list(a0, 0, out);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed strange_sort_list.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
